using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Messages;

internal static class MessagesReadCommand
{
    internal static readonly string[] Directions = ["older", "newer"];


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
