// The request both floor apps make (eng/bench/baseline, eng/bench/baseline-resilience).
internal static class Floor
{
    public static async Task GetAsync(HttpClient client, string url, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await using var stdout = Console.OpenStandardOutput();
        await body.CopyToAsync(stdout, cancellationToken);
    }
}
