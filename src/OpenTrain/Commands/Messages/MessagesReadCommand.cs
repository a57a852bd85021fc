using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Messages;

[RegisterCommands("messages")]
internal sealed class MessagesReadCommand(CommandContext context)
{
    internal static readonly string[] Directions = ["older", "newer"];

    /// <summary>Read a conversation as a transcript, oldest message first, newest last.</summary>
    /// <param name="id">Same as --conversation-id.</param>
    /// <param name="conversationId">The conversation to read.</param>
    /// <param name="limit">Messages per page: 1–100, default 20.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="direction">Which way pages go: older (default; the API starts at the newest messages and each next page goes back in time) or newer (each next page moves forward, for tailing); keep it with --cursor. Each page prints oldest first, newest last.</param>
    /// <param name="all">Follow nextCursor to the last page, then print the whole transcript, oldest first; with --json, one document with the pages' items merged.</param>
    [Listed(CommandGroup.Hiring, "opentrain messages read conv_42 --limit 50")]
    [Endpoint("GET", "/messages", "messages:read", "messages/list")]
    public Task Read([Argument] string? id = null, string? conversationId = null, int? limit = null, string? cursor = null, [OneOf("older", "newer")] string? direction = null, bool all = false,
        CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(CommandArgs.RequireId(id, conversationId, "--conversation-id"),
            Direction(direction, ArgumentNames.Flags), PageOptions.Parse(limit, cursor, all)), cancellationToken);

    internal static string? Direction(string? direction, ArgumentNames names) => EnumArgument.Parse(direction, names["direction"], Directions);

    internal static ApiOperation<MessagePage> Operation(string conversationId, string? direction, PageOptions page) =>
        new(MessagesRequests.Read(conversationId, direction, page), (messages, output) => Transcript.WritePage(output, messages.Messages ?? []))
        {
            AllPages = page.All ? (cursor => Operation(conversationId, direction, page with { Cursor = cursor }), "messages") : null,
            // With the default direction each next page is older: one transcript, so it reads oldest first across pages too.
            CombinePages = pages => new MessagePage([.. pages.SelectMany(p => p.Messages ?? [])], null),
            Paging = messages => new PageFooter(messages.Messages?.Count ?? 0, messages.NextCursor,
                page.AppendTo(new ShellCommand("opentrain messages read").Arg(conversationId).Option("--direction", direction)), "No messages."),
        };
}
