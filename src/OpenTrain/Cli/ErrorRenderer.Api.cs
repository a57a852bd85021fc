using OpenTrain.Config;
using OpenTrain.Http;
using OpenTrain.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

internal static partial class ErrorRenderer
{
    static partial void RenderKnown(Exception ex, ref string? text)
    {
        text = ex switch
        {
            OperationFailedException failed => ApiErrorText.Render(failed.Error, failed.Hint),
            OpenTrainApiException api => ApiErrorText.Render(api, CommonHints.For(api)),
            CliException or ConfigException or OutputClosedException => $"Error: {ex.Message}",
            _ => null,
        };
    }
}
