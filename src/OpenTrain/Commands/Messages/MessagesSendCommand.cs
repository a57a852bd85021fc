using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Messages;

internal static class MessagesSendCommand
{
    public const int MaxLength = 10_000;


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
