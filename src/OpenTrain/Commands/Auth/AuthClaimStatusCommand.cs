using OpenTrain.Generated;
using OpenTrain.Toolkit;
using OpenTrain.Config;
using OpenTrain.Http;

namespace OpenTrain.Commands.Auth;

internal sealed record ClaimStatusOptions(bool Wait, TimeSpan Timeout, TimeSpan Interval, string? ClaimToken);

[RegisterCommands("auth")]
internal sealed class AuthClaimStatusCommand(CommandContext context)
{
    private static readonly TimeSpan SlowDownStep = TimeSpan.FromSeconds(5);

    /// <summary>Check (or wait for) the claim and save the post-claim token.</summary>
    /// <param name="wait">Poll until the human completes the claim.</param>
    /// <param name="timeout">With --wait: give up after this many seconds, default 1800.</param>
    /// <param name="interval">With --wait: seconds between polls, default 5 (fractions allowed); slow_down adds 5.</param>
    /// <param name="claimToken">Claim token to check (default: the saved one).</param>
    [Listed(CommandGroup.Onboarding, "opentrain auth claim-status --wait --timeout 600")]
    [Endpoint("POST", "/api/agent/oauth/token", Requirement.NoTokenClaim, "agent-auth/token")]
    [JsonHelp(JsonHelp.ResultObject)]
    public Task ClaimStatus(bool wait = false, string? timeout = null, string? interval = null, string? claimToken = null, CancellationToken cancellationToken = default) =>
        RunAsync(new ClaimStatusOptions(wait, WaitOptions.Seconds(timeout, 1800, "--timeout"), WaitOptions.Seconds(interval, 5, "--interval"), claimToken), cancellationToken);

    internal async Task RunAsync(ClaimStatusOptions options, CancellationToken cancellationToken)
    {
        var store = context.Credentials;
        var saved = store.Read();
        var claimToken = options.ClaimToken ?? saved.ClaimToken
            ?? throw new UsageException(saved.ApiToken is null
                ? "no claim token: pass --claim-token, or run 'opentrain auth register' and 'opentrain auth claim' first"
                : $"no claim token: {ClaimStart.NoneBesideSavedToken}");
        var url = context.ResolveBaseUrl(saved);
        using var connection = context.Connect(url, token: null);
        
        if (!options.Wait)
        {
            var once = await ClaimPoll.PollOnceAsync(connection, claimToken, "'opentrain auth register --force'", cancellationToken);
            if (once.Token is { } claimed) Save(store, url, claimed);
            else ReportPending();
            return;
        }
        using var loop = new WaitLoop(context, options.Timeout, options.Interval, "Waiting for the human to complete the claim");
        var token = await loop.UntilAsync(async ct =>
        {
            var poll = await ClaimPoll.PollOnceAsync(connection, claimToken, "'opentrain auth register --force'", ct);
            if (poll.SlowDown) loop.Interval += SlowDownStep;
            return poll.Token;
        }, () => new CliException($"the claim was not completed within {options.Timeout.TotalSeconds:0.##} s. Run 'opentrain auth claim-status --wait' to keep waiting, or 'opentrain auth claim --email <email>' to send a new code.") { Code = "TIMEOUT" },
            cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        Save(store, url, token);
    }

    private void Save(CredentialsStore store, BaseUrl url, ClaimTokenResponse token)
    {
        var result = ClaimPoll.Save(store, url, token);
        if (context.Global.Json) context.WriteJson(result, OpenTrainJson.Context.ClaimStatusResult);
        else ClaimPoll.WriteClaimed(context.Terminal.Out, result);
        AuthRegisterCommand.WarnIfEnvironmentTokenWins(context);
    }

    private void ReportPending()
    {
        if (context.Global.Json)
        {
            context.WriteJson(ClaimPoll.Pending, OpenTrainJson.Context.ClaimStatusResult);
            return;
        }
        context.Terminal.Out.WriteLine(ClaimPoll.PendingText);
        context.Terminal.Err.WriteLine("Run 'opentrain auth claim-status --wait' to wait for it.");
    }
}
