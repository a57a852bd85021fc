using OpenTrain.Generated;
using OpenTrain.Toolkit;
using OpenTrain.Config;
using OpenTrain.Http;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Commands.Auth;

internal sealed record ClaimStatusOptions(bool Wait, TimeSpan Timeout, TimeSpan Interval, string? ClaimToken);

internal static class AuthClaimStatusCommand
{
    private static readonly TimeSpan SlowDownStep = TimeSpan.FromSeconds(5);


    internal static async Task RunAsync(CommandContext context, ClaimStatusOptions options, CancellationToken cancellationToken)
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
            if (once.Token is { } claimed) Save(context, store, url, claimed);
            else ReportPending(context);
            return;
        }
        using var loop = new WaitLoop(context, options.Timeout, options.Interval, "Waiting for the human to complete the claim");
        ClaimTokenResponse token;
        try
        {
            token = await loop.UntilAsync(async ct =>
            {
                var poll = await ClaimPoll.PollOnceAsync(connection, claimToken, "'opentrain auth register --force'", ct);
                if (poll.SlowDown) loop.Interval += SlowDownStep;
                return poll.Token;
            }, () => new CliException($"the claim was not completed within {options.Timeout.TotalSeconds:0.##} s. Run 'opentrain auth claim-status --wait' to keep waiting, or 'opentrain auth claim --email <email>' to send a new code.") { Code = "TIMEOUT" },
                cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !context.Terminal.OutputGone.IsCancellationRequested)
        {
            loop.Dispose();
            StatusWait.SayHowToResume(context, "the claim", "pending", "opentrain auth claim-status --wait");
            throw;
        }
        cancellationToken.ThrowIfCancellationRequested();
        Save(context, store, url, token);
    }

    private static void Save(CommandContext context, CredentialsStore store, BaseUrl url, ClaimTokenResponse token)
    {
        var result = ClaimPoll.Save(store, url, token);
        if (context.Global.Json) context.WriteJson(result, OpenTrainJson.Context.ClaimStatusResult);
        else ClaimPoll.WriteClaimed(context.Terminal.Out, result, url.ApiKeysPage);
        AuthRegisterCommand.WarnIfEnvironmentTokenWins(context);
    }

    private static void ReportPending(CommandContext context)
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
