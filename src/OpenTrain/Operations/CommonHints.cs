using OpenTrain.Http;

namespace OpenTrain.Operations;

/// <summary>Hints that apply to every command's failures (after the command's own).</summary>
internal static class CommonHints
{
    public static string? For(OpenTrainApiException error) => error.Reason switch
    {
        "account_claim_required" =>
            "a human must claim this account first: run 'opentrain auth claim --email <owner-email>', then 'opentrain auth claim-status --wait'.",
        _ => null,
    };
}
