using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Messages;

[RegisterCommands("messages")]
internal sealed class MessagesSendCommand(CommandContext context)
{
    public const int MaxLength = 10_000;

    /// <summary>Send a message in an existing conversation.</summary>
    /// <param name="id">Same as --conversation-id.</param>
    /// <param name="conversationId">The conversation to write in.</param>
    /// <param name="content">The message text: 1–10,000 characters.</param>
    /// <param name="contentFile">Read the message from a file; '-' reads standard input.</param>
    [Listed(CommandGroup.Hiring, "opentrain messages send conv_42 --content \"Hi Maria, can you start Monday?\"", "opentrain messages send conv_42 --content-file - < reply.txt")]
    [Endpoint("POST", "/messages", "messages:write", "messages/send", Claim = true, FeatureFlag = FeatureFlags.MessagingWrites)]
    public async Task Send([Argument] string? id = null, string? conversationId = null, string? content = null, string? contentFile = null,
        CancellationToken cancellationToken = default)
    {
        var conversation = CommandArgs.RequireId(id, conversationId, "--conversation-id");
        var text = await TextInput.ExactlyOne(content, contentFile, "--content", "--content-file").ReadAsync(context.Terminal.In, cancellationToken);
        await context.RunAsync(Operation(conversation, Content(text)), cancellationToken);
    }

    /// <summary>Not blank, at most <see cref="MaxLength"/> characters.</summary>
    internal static string Content(string text)
    {
        if (text.Trim().Length == 0) throw new UsageException("the message is empty");
        return text.Length <= MaxLength ? text : throw new UsageException($"the message is {text.Length:N0} characters; the limit is {MaxLength:N0}");
    }

    internal static ApiOperation<SendMessageResponse> Operation(string conversationId, string content) =>
        new(MessagesRequests.Send(conversationId, content), (sent, output) => Write(output, conversationId, sent)) { Hints = [MessagingHints.For] };

    private static void Write(TextWriter output, string conversationId, SendMessageResponse sent)
    {
        output.WriteLine($"Sent message {sent.Message?.Id} to conversation {sent.Message?.ConversationId ?? conversationId}.");
        new KeyValueBlock().Add("Sent at", sent.Message?.CreatedAt).WriteTo(output, "  ");
    }
}
