using OpenTrain.Http;

namespace OpenTrain.Cli;

/// <summary>
/// The one switch between <c>--json</c> (the body as received) and a command's human summary, and
/// the shape of most API commands built on it: one request, then that switch.
/// </summary>
internal static class ResultOutput
{
    public static void WriteResult<T>(this CommandContext context, ApiResponse<T> response, Action<T> writeHuman)
    {
        if (context.Global.Json) context.WriteJson(response);
        else writeHuman(response.Value);
    }

    public static async Task SendAndPrintAsync<T>(this CommandContext context,
        Func<ApiConnection, Task<ApiResponse<T>>> send, Action<T, TextWriter> writeHuman)
    {
        using var connection = context.Connect();
        var response = await send(connection);
        context.WriteResult(response, value => writeHuman(value, context.Terminal.Out));
    }
}
