using System.Globalization;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Messages;

/// <summary>Messages as a chat transcript: <c>createdAt  you|them  content</c>, oldest first.</summary>
internal static class Transcript
{
    /// <summary>Oldest first whatever the page order; messages without a readable time keep their place at the start.</summary>
    public static IReadOnlyList<ChatMessage> Chronological(IReadOnlyList<ChatMessage> page) =>
        [.. page.Select((message, index) => (message, index))
            .OrderBy(m => Time(m.message.CreatedAt))
            .ThenBy(m => m.index)
            .Select(m => m.message)];

    public static void Write(TextWriter output, IReadOnlyList<ChatMessage> messages)
    {
        if (messages.Count == 0) return;
        var timeWidth = messages.Max(m => (m.CreatedAt ?? "").Length);
        var senderWidth = messages.Max(m => Sender(m).Length);
        var indent = new string(' ', timeWidth + senderWidth + 4);
        foreach (var message in messages)
        {
            var body = string.Join(' ', new[] { message.Content ?? "", Extras(message) }.Where(p => p.Length > 0));
            output.WriteLine($"{(message.CreatedAt ?? "").PadRight(timeWidth)}  {Sender(message).PadRight(senderWidth)}  {body.ReplaceLineEndings("\n" + indent)}".TrimEnd());
        }
    }

    private static string Sender(ChatMessage message) => message.System == true ? "system" : message.IsFromViewer == true ? "you" : "them";

    /// <summary>Attachments, audio, edits and reactions as counts: file URLs are never exposed.</summary>
    private static string Extras(ChatMessage message)
    {
        var notes = new List<string>();
        if (message.AttachmentCount is > 0 and var files) notes.Add(files == 1 ? "1 attachment" : $"{files} attachments");
        if (message.HasAudio == true) notes.Add("audio");
        if (message.ReactionCount is > 0 and var reactions) notes.Add(reactions == 1 ? "1 reaction" : $"{reactions} reactions");
        if (!string.IsNullOrEmpty(message.EditedAt)) notes.Add("edited");
        return notes.Count == 0 ? "" : $"[{string.Join(", ", notes)}]";
    }

    private static DateTimeOffset Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : DateTimeOffset.MinValue;
}
