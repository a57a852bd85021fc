using ConsoleAppFramework;
using OpenTrain.Cli;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Commands.Messages;

internal sealed record SendMessageOptions(string ConversationId, TextInput Content);

[RegisterCommands("messages")]
internal sealed class SendCommand(CommandContext context)
{
    public const int MaxLength = 10_000;

    /// <summary>Send a message in an existing conversation.</summary>
    /// <param name="id">The conversation id (instead of --conversation-id).</param>
    /// <param name="conversationId">The conversation to write in.</param>
    /// <param name="content">The message text, 1 to 10,000 characters.</param>
    /// <param name="contentFile">Read the message from a file; '-' reads standard input.</param>
    public Task Send([Argument] string? id = null, string? conversationId = null, string? content = null, string? contentFile = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(new SendMessageOptions(CommandArgs.RequireId(id, conversationId, "--conversation-id"),
            TextInput.ExactlyOne(content, contentFile, "--content", "--content-file")), cancellationToken);

    internal async Task RunAsync(SendMessageOptions options, CancellationToken cancellationToken)
    {
        var content = await options.Content.ReadAsync(context.Terminal.In, cancellationToken);
        if (content.Trim().Length == 0) throw new UsageException("the message is empty");
        if (content.Length > MaxLength) throw new UsageException($"the message is {content.Length:N0} characters; the limit is {MaxLength:N0}");
        using var connection = context.Connect();
        var response = await new MessagesClient(connection).SendAsync(options.ConversationId, content, cancellationToken).WithHint(MessagingHints.For);
        context.WriteResult(response, sent => Write(context.Terminal.Out, options.ConversationId, sent));
    }

    private static void Write(TextWriter output, string conversationId, SendMessageResponse sent)
    {
        output.WriteLine($"Sent message {sent.Message?.Id} to conversation {sent.Message?.ConversationId ?? conversationId}.");
        new KeyValueBlock().Add("Sent at", sent.Message?.CreatedAt).WriteTo(output, "  ");
    }
}
