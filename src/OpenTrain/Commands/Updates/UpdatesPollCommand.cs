using System.Text.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Updates;

[RegisterCommands("updates")]
internal sealed class UpdatesPollCommand(CommandContext context)
{
    public const int MaxLimit = 200;

    /// <summary>Fetch account events after a cursor (oldest first).</summary>
    /// <param name="cursor">The 'Next cursor' of the previous poll; omit to start from the beginning.</param>
    /// <param name="limit">Events per poll: 1–200.</param>
    /// <param name="follow">Keep polling and print each new event as it arrives (--json: one event per line); Ctrl-C stops.</param>
    /// <param name="interval">With --follow: seconds between polls once caught up, default 5.</param>
    /// <param name="cursorFile">With --follow: read the cursor from this file and save it after each batch, so a restart resumes.</param>
    [Listed(CommandGroup.Events, "opentrain updates poll --cursor 1043 --limit 50")]
    [Endpoint("GET", "/updates", "any of proposals:read, messages:read, payments:read", "updates/poll")]
    public Task Poll(string? cursor = null, int? limit = null, bool follow = false, string? interval = null, string? cursorFile = null,
        CancellationToken cancellationToken = default)
    {
        var (start, pageSize) = Validate(cursor, limit, ArgumentNames.Flags);
        var pause = WaitOptions.Seconds(interval, 5, "--interval");
        if (!follow)
        {
            if (interval is not null || cursorFile is not null) throw new UsageException($"{(interval is not null ? "--interval" : "--cursor-file")} needs --follow");
            return context.RunAsync(Operation(start, pageSize), cancellationToken);
        }
        if (cursorFile is not null && string.IsNullOrWhiteSpace(cursorFile)) throw new UsageException("--cursor-file needs a path");
        // The file is read at start and replaced after each batch: '-' would be a file named '-', not standard input.
        if (cursorFile?.Trim() == "-") throw new UsageException("--cursor-file needs a file path ('-' is not standard input here: the cursor is saved back to the file)");
        return UpdatesFollow.RunAsync(context, start, pageSize, pause, cursorFile is null ? null : new CursorFile(cursorFile), cancellationToken);
    }

    /// <summary>A blank cursor starts from the beginning; the limit is 1 to <see cref="MaxLimit"/>.</summary>
    internal static (string? Cursor, int? Limit) Validate(string? cursor, int? limit, ArgumentNames names) =>
        (string.IsNullOrWhiteSpace(cursor) ? null : cursor.Trim(), CommandArgs.Limit(limit, MaxLimit, names["limit"]));

    internal static ApiOperation<UpdatesPage> Operation(string? cursor, int? limit) =>
        new(UpdatesRequests.Poll(cursor, limit), (page, output) => Write(cursor, limit, page, output));

    private static void Write(string? cursor, int? limit, UpdatesPage page, TextWriter output)
    {
        TableOutput.WriteRows(output, page.Events, cursor is null ? "No events yet." : "No new events.",
            ["ID", "TYPE", "CREATED", "IDS"], e => [e.Id, e.Type, e.CreatedAt, Ids(e)]);

        // The cursor is the caller's to keep: the CLI stores nothing between polls.
        var next = page.NextCursor ?? cursor;
        if (next is null)
        {
            output.WriteLine();
            output.WriteLine("Poll again later: opentrain updates poll");
            return;
        }
        var command = new ShellCommand("opentrain updates poll").Option("--cursor", next).Option("--limit", limit?.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString();
        output.WriteLine();
        output.WriteLine($"Next cursor: {next}");
        output.WriteLine(page.HasMore == true
            ? $"More events are waiting: {command}"
            : $"Up to date. Next time: {command}");
    }

    /// <summary>The event's ids as <c>key=value</c> pairs (payloads carry ids only).</summary>
    internal static string Ids(PlatformEvent e)
    {
        if (e.Data is { ValueKind: JsonValueKind.Object } data)
            return string.Join(' ', data.EnumerateObject().Select(p => $"{p.Name}={(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())}"));
        return e.ResourceId is null ? "" : $"resourceId={e.ResourceId}";
    }
}
