using OpenTrain.Http;

namespace OpenTrain.Cli;

/// <summary>The one switch between <c>--json</c> (the body as received) and a command's human summary.</summary>
internal static class ResultOutput
{
    public static void WriteResult<T>(this CommandContext context, ApiResponse<T> response, Action<T> writeHuman)
    {
        if (context.Global.Json) context.WriteJson(response);
        else writeHuman(response.Value);
    }
}
