namespace OpenTrain.Http;

/// <summary>
/// Reads a whole body into memory, but never more than a limit, so a hostile or broken server
/// cannot make the CLI take gigabytes: success bodies read for parsing stop at 64 MiB (<c>--json</c>
/// streams instead), error bodies at 1 MiB.
/// </summary>
internal static class BoundedBody
{
    public const int MaxSuccessBytes = 64 * 1024 * 1024;
    public const int MaxErrorBytes = 1024 * 1024;
    public const string TooLargeCode = "RESPONSE_TOO_LARGE";

    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes (not read further).</summary>
    public static async Task<byte[]?> ReadAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > limit) return null;
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static string Describe(int limit) => limit >= 1024 * 1024 ? $"{limit / (1024 * 1024)} MiB" : $"{limit / 1024} KiB";
}
