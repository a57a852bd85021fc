using ConsoleAppFramework;
using OpenTrain.Cli;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Commands.Messages;

internal sealed record ReadMessagesOptions(string ConversationId, string? Direction, PageOptions Page);

[RegisterCommands("messages")]
internal sealed class ReadCommand(CommandContext context)
{
    private static readonly string[] Directions = ["older", "newer"];

    /// <summary>Read a conversation as a transcript, oldest message first.</summary>
    /// <param name="id">The conversation id (instead of --conversation-id).</param>
    /// <param name="conversationId">The conversation to read.</param>
    /// <param name="limit">Messages per page, 1 to 100 (server default 20).</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="direction">Paging direction: older (default, back in time) or newer (tailing); keep it with --cursor.</param>
    public Task Read([Argument] string? id = null, string? conversationId = null, int? limit = null, string? cursor = null, string? direction = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(new ReadMessagesOptions(CommandArgs.RequireId(id, conversationId, "--conversation-id"),
            EnumArgument.Parse(direction, "--direction", Directions), PageOptions.Parse(limit, cursor)), cancellationToken);

    internal async Task RunAsync(ReadMessagesOptions options, CancellationToken cancellationToken)
    {
        using var connection = context.Connect();
        var response = await new MessagesClient(connection).ReadAsync(options.ConversationId, options.Direction, options.Page, cancellationToken);
        context.WriteResult(response, page => Write(options, page));
    }

    private void Write(ReadMessagesOptions options, MessagePage page)
    {
        var messages = Transcript.Chronological(page.Messages ?? []);
        Transcript.Write(context.Terminal.Out, messages);
        var next = options.Page.AppendTo(new ShellCommand("opentrain messages read").Arg(options.ConversationId).Option("--direction", options.Direction));
        ListOutput.WriteFooter(context, messages.Count, page.NextCursor, next.ToString(), "No messages.");
    }
}
