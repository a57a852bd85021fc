using System.Text.Json;
using OpenTrain.Cli;
using OpenTrain.Http;
using OpenTrain.Json;

namespace OpenTrain.Commands.Updates;

/// <summary>
/// <c>updates poll --follow</c>: polls the feed for ever, printing each new event once (one compact
/// JSON event per line with <c>--json</c>), saving the cursor after each printed batch. A full page
/// (<c>hasMore</c>) is followed at once; otherwise the next poll waits the interval. Ctrl-C stops it
/// between batches (exit 130).
/// </summary>
internal static class UpdatesFollow
{
    public static async Task RunAsync(CommandContext context, string? cursor, int? limit, TimeSpan interval, CursorFile? file, CancellationToken cancellationToken)
    {
        var saved = file?.Read();
        cursor = saved ?? cursor;
        var terminal = context.Terminal;
        var json = context.Global.Json;
        // NDJSON: a failure document (multi-line) must never be mixed into the stream.
        if (json) terminal.JsonWritten = true;
        using var connection = context.Connect();
        using var loop = new WaitLoop(context, timeout: null, interval, "Waiting for new events");
        while (true)
        {
            var request = UpdatesApi.Poll(cursor, limit);
            var response = await loop.UntilAsync<ApiResponse<UpdatesPage>>(async ct => await connection.SendAsync(request, ct),
                () => new CliException("unreachable: --follow has no deadline"), cancellationToken);
            var page = response.Value;
            if (json) WriteLines(terminal.Out, response.Body);
            else WriteEvents(terminal.Out, page.Events ?? []);
            terminal.Out.Flush();
            cursor = page.NextCursor ?? cursor;
            if (file is not null && cursor is not null && cursor != saved)
            {
                file.Save(cursor);
                saved = cursor;
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (page.HasMore != true) await loop.PauseAsync(cancellationToken);
        }
    }

    /// <summary>Each event exactly as received, one compact JSON document per line.</summary>
    private static void WriteLines(TextWriter output, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array) return;
        foreach (var e in events.EnumerateArray()) output.WriteLine(JsonReindenter.Compact(e.GetRawText()));
    }

    private static void WriteEvents(TextWriter output, IReadOnlyList<PlatformEvent> events)
    {
        foreach (var e in events)
        {
            var ids = PollCommand.Ids(e);
            output.WriteLine($"{e.CreatedAt}  {e.Type}  {e.Id}{(ids.Length == 0 ? "" : "  " + ids)}");
        }
    }
}
