using OpenTrain.Http;

namespace OpenTrain.Toolkit;

/// <summary>
/// Something a human moves out of its pending state (an approval, a top-up): how to read it, what
/// its status is, which status is success, how to show it and what to say when it ends otherwise.
/// </summary>
internal sealed record WaitTarget<T>(
    ApiCall<T> Poll,
    Func<T, string?> Status,
    string Pending,
    string Success,
    string Waiting,
    Action<T, TextWriter> Render,
    Func<string?, string> Failed,
    Func<TimeSpan, string> TimedOut)
{
    /// <summary>What is still pending after Ctrl-C ("approval ap_1") and the exact command that checks it again (and waits).</summary>
    public (string Subject, string Command)? Resume { get; init; }
}

/// <summary>
/// <c>--wait</c> for a <see cref="WaitTarget{T}"/>: polls until it leaves the pending status, then
/// prints the last poll (its body with <c>--json</c>) and exits 0 on success, 1 otherwise.
/// </summary>
internal static class StatusWait
{
    /// <param name="announce">A line for stderr the first time the resource is seen pending (e.g. its URL), or null.</param>
    public static async Task RunAsync<T>(CommandContext context, ApiConnection connection, WaitTarget<T> target, WaitOptions options,
        Func<T, string?>? announce, CancellationToken cancellationToken)
    {
        using var loop = new WaitLoop(context, options, target.Waiting);
        ApiResponse<T> final;
        try
        {
            final = await PollAsync(loop, connection, target, value =>
            {
                if (announce?.Invoke(value) is { } line) context.Terminal.Err.WriteLine(line);
            }, cancellationToken) ?? throw new CliException(target.TimedOut(options.Timeout)) { Code = "TIMEOUT" };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !context.Terminal.OutputGone.IsCancellationRequested)
        {
            // Ctrl-C (or SIGTERM): the human may still act; say how to pick the wait up again (exit stays 130).
            loop.Dispose();
            if (target.Resume is { } resume) SayHowToResume(context, resume.Subject, target.Pending, resume.Command);
            throw;
        }

        var terminal = context.Terminal;
        if (context.Global.Json) JsonOutput.CopyIndented(new MemoryStream(final.Body, writable: false), terminal);
        else target.Render(final.Value, new StyledWriter(terminal.Out, terminal.ColorEnabled));
        var status = target.Status(final.Value);
        // With --json the final body is already on stdout, so no failure document follows it.
        if (status != target.Success) throw new CliException(target.Failed(status));
    }

    /// <summary>After Ctrl-C in a wait: what is still pending and the exact command that checks it again (and waits).</summary>
    public static void SayHowToResume(CommandContext context, string subject, string pending, string command) =>
        context.Terminal.Err.WriteLine($"Stopped waiting; {subject} is still {pending}. Check again (and wait) with: {command}");

    /// <summary>
    /// Polls <paramref name="target"/> until it leaves its pending status and returns that poll, or null when the deadline
    /// came first. <paramref name="firstPending"/> sees the first pending poll (e.g. to print the URL once). The CLI's
    /// <c>--wait</c> and the MCP tools' <c>wait</c> argument share it.
    /// </summary>
    public static async Task<ApiResponse<T>?> PollAsync<T>(WaitLoop loop, ApiConnection connection, WaitTarget<T> target, Action<T>? firstPending,
        CancellationToken cancellationToken)
    {
        try
        {
            return await loop.UntilAsync(async ct =>
            {
                var response = await connection.SendAsync(target.Poll, ct);
                if (target.Status(response.Value) != target.Pending) return response;
                firstPending?.Invoke(response.Value);
                firstPending = null;
                return null;
            }, () => new DeadlinePassed(), cancellationToken, cutAtDeadline: true);
        }
        catch (DeadlinePassed)
        {
            return null;
        }
    }

    private sealed class DeadlinePassed : Exception;

    public static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
