using OpenTrain.Http;

namespace OpenTrain.Toolkit;

/// <summary>
/// The one polling loop behind every <c>--wait</c> and <c>--follow</c>: polls until the poll returns
/// an answer, sleeping <see cref="Interval"/> on the injected clock with a live elapsed line on a
/// terminal. A 5xx, a 429 or a network error is no answer: it is retried with back-off until the
/// deadline. Without a deadline (<c>--follow</c>) it runs until cancelled, or until the reader of
/// standard output goes away (<see cref="Terminal.WatchOutput"/>: then it ends at once, exit 0).
/// </summary>
internal sealed class WaitLoop(CommandContext context, TimeSpan? timeout, TimeSpan interval, string what) : IDisposable
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);
    private readonly TimeProvider time = context.Time;
    private readonly WaitProgress progress = new(context.Terminal, context.Time);
    private DateTimeOffset? deadline;

    public WaitLoop(CommandContext context, WaitOptions options, string what) : this(context, options.Timeout, options.Interval, what)
    {
    }

    /// <summary>The pause between polls; a poll may lengthen it (e.g. an OAuth <c>slow_down</c>).</summary>
    public TimeSpan Interval { get; set; } = interval;

    /// <summary>Clear the waiting line when a poll answers instead of ending it (a follow: it comes back at the next pause, in place).</summary>
    public bool ClearLineOnAnswer { get; init; }

    /// <summary>No elapsed line and no watch of standard output (an MCP tool call: stdout carries protocol frames only).</summary>
    public bool Quiet { get; init; }

    /// <summary>Whether a poll after one more <see cref="Interval"/> would fall after the deadline.</summary>
    public bool NextPollOverdue => deadline is { } end && time.GetUtcNow() + Interval > end;

    public static bool IsTransient(OpenTrainApiException ex) => ex is OpenTrainNetworkException || ex.Status is >= 500 or 429;

    /// <summary>
    /// Polls until <paramref name="poll"/> returns non-null, then returns it; <paramref name="timedOut"/>
    /// is thrown when the next poll would fall after the deadline. The first poll is immediate.
    /// With <paramref name="cutAtDeadline"/> (polls that are safe to abandon: GETs) a poll still in flight
    /// at the deadline is cancelled and <paramref name="timedOut"/> thrown, so a server that stalls cannot
    /// stretch <c>--timeout 3</c> to the 3 × 30 s of one GET's attempts.
    /// </summary>
    public async Task<T> UntilAsync<T>(Func<CancellationToken, Task<T?>> poll, Func<Exception> timedOut, CancellationToken cancellationToken,
        bool cutAtDeadline = false) where T : class
    {
        // From the first poll on, a reader of stdout that leaves ends the wait (every write that starts one was sent before).
        if (!Quiet) context.Terminal.WatchOutput();
        deadline ??= time.GetUtcNow() + timeout;
        var backoff = TimeSpan.Zero;
        while (true)
        {
            T? answer;
            using var cut = cutAtDeadline ? DeadlineCut(cancellationToken) : null;
            try
            {
                answer = await poll(cut?.Token ?? cancellationToken);
            }
            catch (OperationCanceledException) when (cut is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
            {
                throw timedOut();
            }
            catch (OpenTrainApiException ex) when (IsTransient(ex))
            {
                backoff = TimeSpan.FromTicks(Math.Min(Math.Max(backoff.Ticks * 2, Interval.Ticks), MaxBackoff.Ticks));
                if (time.GetUtcNow() + backoff > deadline) throw;
                await PauseAsync(backoff, cancellationToken);
                continue;
            }
            backoff = TimeSpan.Zero;
            if (answer is not null)
            {
                if (ClearLineOnAnswer) progress.Clear();
                else progress.Done();
                return answer;
            }
            if (time.GetUtcNow() + Interval > deadline) throw timedOut();
            await PauseAsync(Interval, cancellationToken);
        }
    }

    /// <summary>
    /// A token for one poll that is also cancelled at the deadline. On the real clock only: a test's fake clock
    /// jumps ahead at every timer it sees (so that waits take no time), which would fire this one at once, and
    /// the loopback servers of those tests never stall.
    /// </summary>
    private CancellationTokenSource? DeadlineCut(CancellationToken cancellationToken)
    {
        if (deadline is not { } end || time != TimeProvider.System) return null;
        var cut = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var left = end - time.GetUtcNow();
        if (left <= TimeSpan.Zero) cut.Cancel();
        else cut.CancelAfter(left);
        return cut;
    }

    /// <summary>Sleeps one <see cref="Interval"/>, showing the elapsed line.</summary>
    public Task PauseAsync(CancellationToken cancellationToken) => PauseAsync(Interval, cancellationToken);

    private async Task PauseAsync(TimeSpan pause, CancellationToken cancellationToken)
    {
        if (!Quiet) progress.Show(what);
        await Task.Delay(pause, time, cancellationToken);
    }

    public void Dispose() => progress.Dispose();
}
