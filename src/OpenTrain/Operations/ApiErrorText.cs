using OpenTrain.Http;
using OpenTrain.Json;

namespace OpenTrain.Operations;

/// <summary>An API failure as both surfaces print it (the CLI on stderr, MCP as the tool error's text).</summary>
internal static class ApiErrorText
{
    /// <summary>
    /// <c>OpenTrain API request failed (&lt;status&gt; &lt;code&gt;): &lt;message&gt;</c> plus a
    /// <c>Details:</c> line with the compact details JSON and a <c>Hint:</c>; network failures have no status.
    /// </summary>
    public static string Render(OpenTrainApiException ex, string? hint)
    {
        if (ex is OpenTrainNetworkException) return $"OpenTrain API request failed: {ex.Message}";
        var text = $"OpenTrain API request failed ({ex.Status} {ex.Code}): {ex.Message}";
        if (ex.Details is { } details) text += $"\nDetails: {JsonReindenter.Compact(details.GetRawText())}";
        if (ex.Status == 429 && ex.RetryAfter is { } wait) text += $"\nRetry after {wait.TotalSeconds:0} s.";
        if (hint is not null) text += $"\nHint: {hint}";
        return text;
    }
}
