using System.Text.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Updates;

/// <summary>The <c>opentrain updates</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("updates"), Group(CommandGroup.Events)]
internal sealed class UpdatesCommands(CommandContext context)
{
    /// <summary>Fetch account events after a cursor (oldest first).</summary>
    /// <param name="cursor">The 'Next cursor' of the previous poll; omit to start from the beginning.</param>
    /// <param name="limit">Events per poll: 1–200.</param>
    /// <param name="follow">Keep polling and print each new event as it arrives (--json: one event per line); Ctrl-C stops.</param>
    /// <param name="interval">With --follow: seconds between polls once caught up, default 5.</param>
    /// <param name="cursorFile">With --follow: read the cursor from this file and save it after each batch (or past the event it stopped at), so a restart resumes.</param>
    /// <param name="type">Print only events of this type (repeat, or comma-separate); the cursor still moves past the others.</param>
    /// <param name="until">Follow until the first event of this type, optionally with a field's value (approval.confirmed:status=confirmed): print it, save the cursor past it, exit 0.</param>
    /// <param name="maxEvents">Follow until this many events are printed, then exit 0.</param>
    /// <param name="timeout">Follow for at most this many seconds: exit 1 (TIMEOUT) if --until or --max-events was not met. --until, --max-events and --timeout follow without --follow.</param>
    [Listed("opentrain updates poll --cursor 1043 --limit 50", "opentrain updates poll --until approval.confirmed:status=confirmed --timeout 1800 --cursor-file updates.cursor"), Endpoint("GET", "/updates", "any of proposals:read, messages:read, payments:read", "updates/poll")]
    public Task Poll(ConsoleAppContext app, string? cursor = null, int? limit = null, bool follow = false, string? interval = null, string? cursorFile = null,
        [Repeatable, OneOf(typeof(UpdateEvents), nameof(UpdateEvents.Types))] string? type = null, string? until = null, int? maxEvents = null, string? timeout = null,
        CancellationToken cancellationToken = default)
    {
        var (start, pageSize) = UpdatesPollCommand.Validate(cursor, limit, ArgumentNames.Flags);
        var pause = WaitOptions.Seconds(interval, 5, "--interval");
        var stop = FeedStop.Parse(UpdateEvents.Catalog, type is null ? null : RepeatedOption.Collect(app, "--type"), until, maxEvents, timeout);
        if (!follow && !stop.Follows)
        {
            if (interval is not null || cursorFile is not null) throw new UsageException($"{(interval is not null ? "--interval" : "--cursor-file")} needs --follow (or --until, --max-events, --timeout)");
            return context.RunAsync(UpdatesPollCommand.Operation(start, pageSize, stop), cancellationToken);
        }
        if (cursorFile is not null && string.IsNullOrWhiteSpace(cursorFile)) throw new UsageException("--cursor-file needs a path");
        // The file is read at start and replaced after each batch: '-' would be a file named '-', not standard input.
        if (cursorFile?.Trim() == "-") throw new UsageException("--cursor-file needs a file path ('-' is not standard input here: the cursor is saved back to the file)");
        return UpdatesFollow.RunAsync(context, start, pageSize, pause, cursorFile is null ? null : new CursorFile(cursorFile), stop, cancellationToken);
    }
}
