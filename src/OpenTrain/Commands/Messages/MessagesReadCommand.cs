using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Messages;

internal static class MessagesReadCommand
{
    internal static readonly string[] Directions = ["older", "newer"];

    internal static string? Direction(string? direction, ArgumentNames names) => EnumArgument.Parse(direction, names["direction"], Directions);

    /// <summary>How the API ordered a page (its order within a page is not documented): the text is always oldest first.</summary>
    internal static string Order(IReadOnlyList<ChatMessage> page)
    {
        var chronological = Transcript.Chronological(page);
        if (page.Count < 2 || chronological.SequenceEqual(page)) return page.Count < 2 ? "single" : "oldest_first";
        return chronological.Reverse().SequenceEqual(page) ? "newest_first" : "mixed";
    }

    internal static ApiOperation<MessagePage> Operation(string conversationId, string? direction, PageOptions page) =>
        new(MessagesRequests.Read(conversationId, direction, page), (messages, output) => Transcript.WritePage(output, messages.Messages ?? []))
        {
            StructuredExtra = messages => ("order", System.Text.Encoding.UTF8.GetBytes($"\"{Order(messages.Messages ?? [])}\"")),
            AllPages = page.All ? (cursor => Operation(conversationId, direction, page with { Cursor = cursor }), "messages") : null,
            // With the default direction each next page is older: one transcript, so it reads oldest first across pages too.
            CombinePages = pages => new MessagePage([.. pages.SelectMany(p => p.Messages ?? [])], null),
            Paging = messages => new PageFooter(messages.Messages?.Count ?? 0, messages.NextCursor,
                page.AppendTo(new ShellCommand("opentrain messages read").Arg(conversationId).Option("--direction", direction)), "No messages."),
        };
}
