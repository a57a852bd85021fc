using OpenTrain.Toolkit;
using OpenTrain.Config;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Auth;

/// <summary>Starting a claim (the human gets an email and a code), shared by <c>auth claim</c> and <c>opentrain_claim_account</c>.</summary>
internal static class ClaimStart
{
    /// <summary>Why a saved token has no claim token beside it: telling the agent to register again would make a second account.</summary>
    public const string NoneBesideSavedToken =
        "the saved token has none beside it: a completed claim removes it (so this account may be claimed already), and 'auth login' tokens have none. " +
        "'opentrain auth status' shows the account and its scopes; pass --claim-token to claim another registration";

    public static string RequireClaimToken(string? given, Credentials saved, string howToGetOne) =>
        given ?? saved.ClaimToken ?? throw new UsageException($"no claim token: {howToGetOne}");

    public static async Task<ClaimResult> StartAsync(ApiConnection connection, string claimToken, string email, string nextStep, CancellationToken cancellationToken)
    {
        var claim = (await connection.SendAsync(AuthRequests.StartClaim(claimToken, email), cancellationToken)).Value;
        return new ClaimResult("claim_started", claim.UserCode, claim.VerificationUri, claim.ExpiresIn, claim.Interval, claim.EmailSent, email, nextStep);
    }

    public static void Write(TextWriter output, ClaimResult claim)
    {
        output.WriteLine(claim.EmailSent == false
            ? $"Claim started, but the invitation email to {claim.Email} could not be sent."
            : $"Claim started: an invitation was emailed to {claim.Email}.");
        output.WriteLine("Give the human both of these (the email may land in spam):");
        new KeyValueBlock()
            .Add("Open", claim.VerificationUri)
            .Add("Code", claim.UserCode)
            .WriteTo(output, "  ");
        if (claim.ExpiresIn is { } seconds)
            output.WriteLine($"They sign in with {claim.Email} and enter the code within {Duration(seconds)}.");
        output.WriteLine();
        output.WriteLine("Next: wait for the claim to complete (saves the new token):");
        output.WriteLine($"  {claim.NextStep}");
    }

    private static string Duration(int seconds) =>
        seconds % 60 == 0 && seconds >= 60 ? $"{seconds / 60} minutes" : $"{seconds} seconds";
}
