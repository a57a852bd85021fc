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

    public static bool IsTransient(OpenTrainApiException ex) => ex is OpenTrainNetworkException || ex.Status is >= 500 or 429;

    /// <summary>
    /// Polls until <paramref name="poll"/> returns non-null, then returns it; <paramref name="timedOut"/>
    /// is thrown when the next poll would fall after the deadline. The first poll is immediate.
    /// </summary>
    public async Task<T> UntilAsync<T>(Func<CancellationToken, Task<T?>> poll, Func<Exception> timedOut, CancellationToken cancellationToken) where T : class
    {
        // From the first poll on, a reader of stdout that leaves ends the wait (every write that starts one was sent before).
        context.Terminal.WatchOutput();
        deadline ??= time.GetUtcNow() + timeout;
        var backoff = TimeSpan.Zero;
        while (true)
        {
            T? answer;
            try
            {
                answer = await poll(cancellationToken);
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
                progress.Done();
                return answer;
            }
            if (time.GetUtcNow() + Interval > deadline) throw timedOut();
            await PauseAsync(Interval, cancellationToken);
        }
    }

    /// <summary>Sleeps one <see cref="Interval"/>, showing the elapsed line.</summary>
    public Task PauseAsync(CancellationToken cancellationToken) => PauseAsync(Interval, cancellationToken);

    private async Task PauseAsync(TimeSpan pause, CancellationToken cancellationToken)
    {
        progress.Show(what);
        await Task.Delay(pause, time, cancellationToken);
    }

    public void Dispose() => progress.Dispose();
}
