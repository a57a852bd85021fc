using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace OpenTrain.Tests.Support;

/// <summary>
/// Fake time that jumps forward whenever code waits (retry back-off, poll intervals) so tests run
/// instantly, and records every wait. Waits of <see cref="Ceiling"/> or more (the 30 s attempt
/// timeout) are left alone unless a test advances the clock itself.
/// </summary>
internal sealed class AutoAdvanceTime(TimeSpan? ceiling = null) : FakeTimeProvider(new DateTimeOffset(2026, 6, 12, 10, 0, 0, TimeSpan.Zero))
{
    private readonly ConcurrentQueue<TimeSpan> waits = new();

    public TimeSpan Ceiling { get; } = ceiling ?? TimeSpan.FromSeconds(29);

    public IReadOnlyList<TimeSpan> Waits => [.. waits];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime < Ceiling)
        {
            waits.Enqueue(dueTime);
            ThreadPool.QueueUserWorkItem(_ => Advance(dueTime));
        }
        return timer;
    }
}
