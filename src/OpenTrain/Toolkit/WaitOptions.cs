namespace OpenTrain.Toolkit;

/// <summary>How long <c>--wait</c> keeps polling (<c>--timeout</c>) and how often (<c>--interval</c>); both in seconds.</summary>
internal sealed record WaitOptions(TimeSpan Timeout, TimeSpan Interval)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);

    /// <summary>The options for <c>--wait</c>, or null without it (the flags are still checked).</summary>
    public static WaitOptions? Parse(bool wait, string? timeout, string? interval)
    {
        var options = new WaitOptions(Seconds(timeout, 1800, "--timeout"), Seconds(interval, 5, "--interval"));
        return wait ? options : null;
    }

    // Up to a week: anything longer is a typo, and TimeSpan would overflow on absurd values.
    public static TimeSpan Seconds(string? text, decimal fallback, string flagName) =>
        TimeSpan.FromSeconds((double)NumberArgument.InRange(NumberArgument.Parse(text, flagName) ?? fallback, 0.001m, 604_800m, flagName));
}
