using OpenTrain.Toolkit;
using OpenTrain.Config;
using OpenTrain.Http;

namespace OpenTrain.Commands.Auth;

/// <summary>
/// One poll of the claim token endpoint and the saving of the post-claim token, shared by
/// <c>auth claim-status</c> (which may wait) and <c>opentrain_claim_status</c> (one poll).
/// </summary>
internal static class ClaimPoll
{
    /// <summary>What one poll found: the post-claim token, or still pending (with slow_down when the server asked to slow down).</summary>
    public sealed record Outcome(ClaimTokenResponse? Token, bool SlowDown);

    public static async Task<Outcome> PollOnceAsync(ApiConnection connection, string claimToken, string howToStartOver, CancellationToken cancellationToken)
    {
        try
        {
            return new((await connection.SendAsync(AuthRequests.PollClaimToken(claimToken), cancellationToken)).Value, false);
        }
        catch (OpenTrainApiException ex) when (ex.Code is "authorization_pending" or "slow_down")
        {
            return new(null, ex.Code == "slow_down");
        }
        catch (OpenTrainApiException ex) when (ex.Code is "expired_token" or "invalid_grant")
        {
            throw new OperationFailedException(ex, ex.Code == "expired_token"
                ? $"the 24-hour claim window has closed: start over with {howToStartOver}."
                : "the claim token is unknown, or its token was already delivered (it is handed out once). If it was lost, a human can mint a new token in the OpenTrain app.");
        }
    }

    /// <summary>The post-claim token is delivered exactly once: it is saved before anything is reported.</summary>
    public static ClaimStatusResult Save(CredentialsStore store, BaseUrl url, ClaimTokenResponse token)
    {
        if (string.IsNullOrEmpty(token.AccessToken))
            throw CliException.InvalidResponse("the claim completed but the response carried no access_token");
        store.SaveApiToken(token.AccessToken, url);
        return new ClaimStatusResult("claimed", token.Scopes, SecretMask.Mask(token.AccessToken), store.Path);
    }

    public static readonly ClaimStatusResult Pending = new("pending");

    public const string PendingText = "Claim pending: the human has not completed it yet.";

    public static void WriteClaimed(TextWriter output, ClaimStatusResult result, Uri? apiKeysPage)
    {
        output.WriteLine("Account claimed. The post-claim token replaced the saved one (earlier tokens are revoked).");
        new KeyValueBlock()
            .Add("Token", result.TokenPreview)
            .Add("Scopes", result.Scopes is { Count: > 0 } scopes ? string.Join(' ', scopes) : null)
            .Add("Credentials", result.CredentialsPath)
            .WriteTo(output, "  ");
        output.WriteLine();
        output.WriteLine($"Now unlocked: {Operations.AgentScopes.Unlocks}");
        output.WriteLine(Operations.AgentScopes.StillNeedsHumanToken(apiKeysPage));
    }
}
