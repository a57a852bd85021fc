using OpenTrain.Generated;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Auth;

internal sealed record ClaimOptions(string Email, string? ClaimToken);

[RegisterCommands("auth")]
internal sealed class ClaimCommand(CommandContext context)
{
    /// <summary>Email the human owner an invitation to claim the account.</summary>
    /// <param name="email">Email of the human owner (must not already have an OpenTrain account).</param>
    /// <param name="claimToken">Claim token to use (default: the one saved by 'auth register').</param>
    public Task Claim(string? email = null, string? claimToken = null, CancellationToken cancellationToken = default) =>
        RunAsync(new ClaimOptions(CommandArgs.Require(email, "--email"), claimToken), cancellationToken);

    internal async Task RunAsync(ClaimOptions options, CancellationToken cancellationToken)
    {
        var saved = context.Credentials.Read();
        var claimToken = options.ClaimToken ?? saved.ClaimToken
            ?? throw new UsageException("no claim token: pass --claim-token, or run 'opentrain auth register' first (the claim token is saved until the claim completes)");
        using var connection = context.Connect(context.ResolveBaseUrl(saved), token: null);
        var response = await connection.SendAsync(AuthApi.StartClaim(claimToken, options.Email), cancellationToken);
        var claim = response.Value;

        const string next = "opentrain auth claim-status --wait";
        if (context.Global.Json)
        {
            context.WriteJson(new ClaimResult("claim_started", claim.UserCode, claim.VerificationUri, claim.ExpiresIn, claim.Interval,
                claim.EmailSent, options.Email, next), OpenTrainJson.Context.ClaimResult);
            return;
        }
        var output = context.Terminal.Out;
        output.WriteLine(claim.EmailSent == false
            ? $"Claim started, but the invitation email to {options.Email} could not be sent."
            : $"Claim started: an invitation was emailed to {options.Email}.");
        output.WriteLine("Give the human both of these (the email may land in spam):");
        new KeyValueBlock()
            .Add("Open", claim.VerificationUri)
            .Add("Code", claim.UserCode)
            .WriteTo(output, "  ");
        if (claim.ExpiresIn is { } seconds)
            output.WriteLine($"They sign in with {options.Email} and enter the code within {Duration(seconds)}.");
        output.WriteLine();
        output.WriteLine("Next: wait for the claim to complete (saves the new token):");
        output.WriteLine($"  {next}");
    }

    private static string Duration(int seconds) =>
        seconds % 60 == 0 && seconds >= 60 ? $"{seconds / 60} minutes" : $"{seconds} seconds";
}
