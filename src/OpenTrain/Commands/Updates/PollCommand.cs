using System.Text.Json;
using ConsoleAppFramework;
using OpenTrain.Cli;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Commands.Updates;

internal sealed record PollOptions(string? Cursor, int? Limit);

[RegisterCommands("updates")]
internal sealed class PollCommand(CommandContext context)
{
    /// <summary>Fetch account events after a cursor (oldest first).</summary>
    /// <param name="cursor">The 'Next cursor' of the previous poll; omit to start from the beginning.</param>
    /// <param name="limit">Events per poll, 1-200.</param>
    public Task Poll(string? cursor = null, int? limit = null, CancellationToken cancellationToken = default) =>
        RunAsync(new PollOptions(string.IsNullOrWhiteSpace(cursor) ? null : cursor.Trim(), CommandArgs.Limit(limit, 200)), cancellationToken);

    internal Task RunAsync(PollOptions options, CancellationToken cancellationToken) =>
        context.SendAndPrintAsync(
            connection => new UpdatesClient(connection).PollAsync(options.Cursor, options.Limit, cancellationToken),
            (page, output) => Write(options, page, output));

    private static void Write(PollOptions options, UpdatesPage page, TextWriter output)
    {
        TableOutput.WriteRows(output, page.Events, options.Cursor is null ? "No events yet." : "No new events.",
            ["ID", "TYPE", "CREATED", "IDS"], e => [e.Id, e.Type, e.CreatedAt, Ids(e)]);

        // The cursor is the caller's to keep: the CLI stores nothing between polls.
        var next = page.NextCursor ?? options.Cursor;
        if (next is null)
        {
            output.WriteLine();
            output.WriteLine("Poll again later: opentrain updates poll");
            return;
        }
        var command = $"opentrain updates poll --cursor {next}" + (options.Limit is { } limit ? $" --limit {limit}" : "");
        output.WriteLine();
        output.WriteLine($"Next cursor: {next}");
        output.WriteLine(page.HasMore == true
            ? $"More events are waiting: {command}"
            : $"Up to date. Next time: {command}");
    }

    /// <summary>The event's ids as <c>key=value</c> pairs (payloads carry ids only).</summary>
    private static string Ids(PlatformEvent e)
    {
        if (e.Data is { ValueKind: JsonValueKind.Object } data)
            return string.Join(' ', data.EnumerateObject().Select(p => $"{p.Name}={(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())}"));
        return e.ResourceId is null ? "" : $"resourceId={e.ResourceId}";
    }
}
