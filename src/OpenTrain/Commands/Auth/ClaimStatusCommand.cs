using OpenTrain.Generated;
using OpenTrain.Cli;
using OpenTrain.Config;
using OpenTrain.Http;

namespace OpenTrain.Commands.Auth;

internal sealed record ClaimStatusOptions(bool Wait, TimeSpan Timeout, TimeSpan Interval, string? ClaimToken);

[RegisterCommands("auth")]
internal sealed class ClaimStatusCommand(CommandContext context)
{
    private static readonly TimeSpan SlowDownStep = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    private static bool IsTransient(OpenTrainApiException ex) => ex is OpenTrainNetworkException || ex.Status is >= 500 or 429;

    /// <summary>Check (or wait for) the claim and save the post-claim token.</summary>
    /// <param name="wait">Poll until the human completes the claim.</param>
    /// <param name="timeout">With --wait: give up after this many seconds.</param>
    /// <param name="interval">Seconds between polls (fractions allowed); slow_down adds 5.</param>
    /// <param name="claimToken">Claim token to check (default: the saved one).</param>
    public Task ClaimStatus(bool wait = false, string? timeout = null, string? interval = null, string? claimToken = null, CancellationToken cancellationToken = default) =>
        RunAsync(new ClaimStatusOptions(wait, Seconds(timeout, 1800, "--timeout"), Seconds(interval, 5, "--interval"), claimToken), cancellationToken);

    // Up to a week: anything longer is a typo, and TimeSpan would overflow on absurd values.
    private static TimeSpan Seconds(string? text, decimal fallback, string flagName) =>
        TimeSpan.FromSeconds((double)NumberArgument.InRange(NumberArgument.Parse(text, flagName) ?? fallback, 0.001m, 604_800m, flagName));

    internal async Task RunAsync(ClaimStatusOptions options, CancellationToken cancellationToken)
    {
        var store = context.Credentials;
        var saved = store.Read();
        var claimToken = options.ClaimToken ?? saved.ClaimToken
            ?? throw new UsageException("no claim token: pass --claim-token, or run 'opentrain auth register' and 'opentrain auth claim' first");
        var url = context.ResolveBaseUrl(saved);
        using var connection = context.Connect(url, token: null);
        
        var time = context.Time;
        var deadline = time.GetUtcNow() + options.Timeout;
        var interval = options.Interval;
        var backoff = TimeSpan.Zero;
        using var progress = new WaitProgress(context.Terminal, time);
        while (true)
        {
            ClaimPoll.Outcome poll;
            try
            {
                poll = await ClaimPoll.PollOnceAsync(connection, claimToken, "'opentrain auth register --force'", cancellationToken);
            }
            catch (OpenTrainApiException ex) when (options.Wait && IsTransient(ex))
            {
                // A 5xx, a 429 or a network error is no answer: keep polling, backing off, until the deadline.
                backoff = TimeSpan.FromTicks(Math.Min(Math.Max(backoff.Ticks * 2, interval.Ticks), MaxBackoff.Ticks));
                if (time.GetUtcNow() + backoff > deadline) throw;
                progress.Show("Waiting for the human to complete the claim");
                await Task.Delay(backoff, time, cancellationToken);
                continue;
            }
            backoff = TimeSpan.Zero;
            if (poll.Token is { } token)
            {
                progress.Done();
                cancellationToken.ThrowIfCancellationRequested();
                Save(store, url, token);
                return;
            }
            if (poll.SlowDown) interval += SlowDownStep;
            if (!options.Wait)
            {
                ReportPending();
                return;
            }
            if (time.GetUtcNow() + interval > deadline)
                throw new CliException($"the claim was not completed within {options.Timeout.TotalSeconds:0.##} s. Run 'opentrain auth claim-status --wait' to keep waiting, or 'opentrain auth claim --email <email>' to send a new code.") { Code = "TIMEOUT" };
            progress.Show("Waiting for the human to complete the claim");
            await Task.Delay(interval, time, cancellationToken);
        }
    }

    private void Save(CredentialsStore store, BaseUrl url, ClaimTokenResponse token)
    {
        var result = ClaimPoll.Save(store, url, token);
        if (context.Global.Json) context.WriteJson(result, OpenTrainJson.Context.ClaimStatusResult);
        else ClaimPoll.WriteClaimed(context.Terminal.Out, result);
        RegisterCommand.WarnIfEnvironmentTokenWins(context);
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
