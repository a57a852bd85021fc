using OpenTrain.Http;

namespace OpenTrain.Cli;

/// <summary>The shape of most API commands: one request, then the body as received (<c>--json</c>) or a human rendering.</summary>
internal static class ApiResultOutput
{
    public static async Task SendAndPrintAsync<T>(this CommandContext context,
        Func<ApiConnection, Task<ApiResponse<T>>> send, Action<T, TextWriter> writeHuman)
    {
        using var connection = context.Connect();
        var response = await send(connection);
        if (context.Global.Json)
        {
            context.WriteJson(response);
            return;
        }
        writeHuman(response.Value, context.Terminal.Out);
    }
}
