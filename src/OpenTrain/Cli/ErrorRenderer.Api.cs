using OpenTrain.Http;

namespace OpenTrain.Cli;

internal static partial class ErrorRenderer
{
    /// <summary>
    /// <c>OpenTrain API request failed (&lt;status&gt; &lt;code&gt;): &lt;message&gt;</c> plus a
    /// <c>Details:</c> line with the compact details JSON; network failures have no status.
    /// </summary>
    public static string RenderApiError(OpenTrainApiException ex)
    {
        if (ex is OpenTrainNetworkException) return $"OpenTrain API request failed: {ex.Message}";
        var text = $"OpenTrain API request failed ({ex.Status} {ex.Code}): {ex.Message}";
        if (ex.DetailsJson is not null) text += $"\nDetails: {ex.DetailsJson}";
        if (ex.Status == 429 && ex.RetryAfter is { } wait) text += $"\nRetry after {wait.TotalSeconds:0} s.";
        if (ex.Hint is not null) text += $"\nHint: {ex.Hint}";
        else if (ex.Reason == "account_claim_required")
            text += "\nHint: a human must claim this account first: run 'opentrain auth claim --email <owner-email>', then 'opentrain auth claim-status --wait'.";
        return text;
    }

    static partial void RenderKnown(Exception ex, ref string? text)
    {
        text = ex switch
        {
            OpenTrainApiException api => RenderApiError(api),
            CliException cli => $"Error: {cli.Message}",
            _ => null,
        };
    }
}
