using System.Text.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Updates;

internal static class UpdatesPollCommand
{
    public const int MaxLimit = 200;


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
