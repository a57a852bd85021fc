using Microsoft.Extensions.Time.Testing;

namespace OpenTrain.Tests.Support;

/// <summary>
/// Fake time for <c>--follow</c> tests: presses Ctrl-C when the loop starts a wait of <see cref="Interval"/>
/// (after <c>skip</c> of them, e.g. a first back-off of one interval), and lets every other short wait pass at once.
/// </summary>
internal sealed class CtrlCOnInterval(CancellationTokenSource ctrlC, int skip) : FakeTimeProvider(new DateTimeOffset(2026, 6, 12, 10, 0, 0, TimeSpan.Zero))
{
    /// <summary>The <c>--interval</c> the tests pass, in seconds (7 s: distinct from any default or back-off step).</summary>
    public const string IntervalSeconds = "7";

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(7);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime == Interval && skip-- == 0) ctrlC.Cancel();
        else if (dueTime > TimeSpan.Zero && dueTime < TimeSpan.FromSeconds(29)) ThreadPool.QueueUserWorkItem(_ => Advance(dueTime));
        return timer;
    }

    /// <summary>Runs a <c>--follow</c> command with <c>--interval 7</c> until the Ctrl-C this clock presses.</summary>
    public static Task<CliResult> RunAsync(string[] args, IReadOnlyDictionary<string, string> env, int skip = 0)
    {
        var ctrlC = new CancellationTokenSource();
        return CliRunner.RunAsync([.. args, "--interval", IntervalSeconds], env, time: new CtrlCOnInterval(ctrlC, skip), cancellationToken: ctrlC.Token);
    }
}
