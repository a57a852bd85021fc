using OpenTrain.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Updates;

internal static class UpdatesPollCommand
{
    public const int MaxLimit = 200;

    /// <summary>A blank cursor starts from the beginning; the limit is 1 to <see cref="MaxLimit"/>.</summary>
    internal static (string? Cursor, int? Limit) Validate(string? cursor, int? limit, ArgumentNames names) =>
        (string.IsNullOrWhiteSpace(cursor) ? null : cursor.Trim(), CommandArgs.Limit(limit, MaxLimit, names["limit"]));

    /// <param name="stop">Only its <c>--type</c> applies to one page: the rows, and the <c>events</c> of every output, narrowed to those types.</param>
    internal static ApiOperation<UpdatesPage> Operation(string? cursor, int? limit, FeedStop? stop = null)
    {
        var only = stop ?? FeedStop.None;
        return new(UpdatesRequests.Poll(cursor, limit), (page, output) => Write(cursor, limit, only, page, output))
        {
            Shown = only.Types is null ? null
                : body => JsonArrayFilter.Keep(body, "events", e => only.Shows(e.TryGetProperty("type", out var type) ? type.GetString() : null)),
        };
    }

    private static void Write(string? cursor, int? limit, FeedStop stop, UpdatesPage page, TextWriter output)
    {
        var types = stop.TypeList;
        var empty = types is not null ? $"No {types.Replace(",", " or ", StringComparison.Ordinal)} events {(cursor is null ? "yet" : "in this page")}."
            : cursor is null ? "No events yet." : "No new events.";
        TableOutput.WriteRows(output, page.Events?.Where(e => stop.Shows(e.Type)).ToList(), empty,
            ["ID", "TYPE", "CREATED", "IDS"], e => [e.Id, UpdateEvents.TypeText(e), e.CreatedAt, UpdateEvents.Ids(e)]);

        // The cursor is the caller's to keep: the CLI stores nothing between polls.
        var next = page.NextCursor ?? cursor;
        if (next is null)
        {
            output.WriteLine();
            output.WriteLine($"Poll again later: {new ShellCommand("opentrain updates poll")}");
            return;
        }
        var command = new ShellCommand("opentrain updates poll").Option("--cursor", next).Option("--limit", limit?.ToString(System.Globalization.CultureInfo.InvariantCulture)).Option("--type", types).ToString();
        output.WriteLine();
        output.WriteLine($"Next cursor: {next}");
        output.WriteLine(page.HasMore == true
            ? $"More events are waiting: {command}"
            : $"Up to date. Next time: {command}");
    }
}
