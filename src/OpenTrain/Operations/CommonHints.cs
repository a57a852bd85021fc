using OpenTrain.Json;
using System.Text.Json;
using OpenTrain.Http;

namespace OpenTrain.Operations;

/// <summary>Hints that apply to every command's failures (after the command's own).</summary>
internal static class CommonHints
{
    public static string? For(OpenTrainApiException error) => error.Reason switch
    {
        "account_claim_required" =>
            $"a human must claim this account first: run '{Claim}', then '{ClaimWait}'.",
        _ when RejectedToken(error) => RejectedTokenHint(error.ApiKeysPage),
        _ => MissingScopes(error),
    };

    private static ShellCommand Claim => new ShellCommand("opentrain auth claim").Placeholder("--email", "owner-email");

    private static ShellCommand ClaimWait => new ShellCommand("opentrain auth claim-status").Flag("--wait");

    /// <summary>Saving a token a human made: <c>auth login</c> reading it from standard input.</summary>
    internal static ShellCommand Login => new ShellCommand("opentrain auth login").FromStdin("--api-key", "token");

    internal static string RejectedTokenHint(Uri? apiKeysPage) =>
        "the API rejected the token (invalid, expired or revoked; a completed claim revokes the registration token). " +
        $"A human creates a new one {AgentScopes.SettingsPage(apiKeysPage)}; save it with '{Login}'. " +
        "A token set in the environment is used before the saved one.";

    /// <summary>A Public API 401 (the envelope's UNAUTHORIZED, or a bare 401): not the OAuth endpoints' own codes.</summary>
    private static bool RejectedToken(OpenTrainApiException error) =>
        error.Status == 401 && (error.Code == "UNAUTHORIZED" || error.Code.StartsWith("HTTP_", StringComparison.Ordinal));

    /// <summary>A 403 naming <c>details.requiredScopes</c>: which scopes are missing, and how to get them.</summary>
    private static string? MissingScopes(OpenTrainApiException error)
    {
        if (error.Status != 403 || error.Details is not { ValueKind: JsonValueKind.Object } details
            || !details.TryGetProperty("requiredScopes", out var required) || required.ValueKind != JsonValueKind.Array) return null;
        var scopes = JsonItems.Strings(required);
        if (scopes.Count == 0) return null;
        var names = string.Join(", ", scopes);
        if (scopes.All(AgentScopes.AddedByClaim.Contains))
            return $"this token lacks {names}. Claiming the account adds {(scopes.Count == 1 ? "it" : "them")}: run '{Claim}', " +
                $"then '{ClaimWait}'. If the account is already claimed, {AgentScopes.HumanToken(scopes, error.ApiKeysPage)}.";
        if (scopes.All(AgentScopes.HumanTokenOnly.Contains))
            return $"this token lacks {names}, which agent registration and claiming never grant: {AgentScopes.HumanToken(scopes, error.ApiKeysPage)}.";
        // A scope agent tokens do carry (jobs:write, payments:read…) missing from a narrower token: no claim about agents.
        return $"this token lacks {names}: {AgentScopes.HumanToken(scopes, error.ApiKeysPage)}.";
    }
}
