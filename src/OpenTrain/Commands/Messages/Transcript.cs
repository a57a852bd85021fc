using System.Globalization;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Messages;

/// <summary>
/// Messages as a chat transcript under a line that says which end is newest:
/// <c>createdAt  you|them|system  content</c>, oldest first. The message shape carries no sender names
/// (only <c>senderUserId</c>, <c>isFromViewer</c>, <c>system</c>), so the sender is its role; when a page
/// has more than one other sender, each "them" names its user id.
/// </summary>
internal static class Transcript
{
    /// <summary>The order every transcript prints in (<c>messages read</c>, <c>proposals interview</c>).</summary>
    public const string Order = "oldest first, newest last";

    /// <summary>One page: the order line, then the messages oldest first.</summary>
    public static void WritePage(TextWriter output, IReadOnlyList<ChatMessage> page)
    {
        if (page.Count == 0) return;
        output.WriteLine($"{(page.Count == 1 ? "1 message" : $"{page.Count} messages")}, {Order}:");
        Write(output, Chronological(page));
    }

    /// <summary>Oldest first whatever the page order; messages without a readable time keep their place at the start.</summary>
    public static IReadOnlyList<ChatMessage> Chronological(IReadOnlyList<ChatMessage> page)
    {
        // A stable insertion sort: a page is short, and equal times keep the page's order.
        var sorted = new List<ChatMessage>(page.Count);
        foreach (var message in page)
        {
            var time = Time(message.CreatedAt);
            var at = sorted.Count;
            while (at > 0 && Time(sorted[at - 1].CreatedAt) > time) at--;
            sorted.Insert(at, message);
        }
        return sorted;
    }

    private static void Write(TextWriter output, IReadOnlyList<ChatMessage> messages)
    {
        if (messages.Count == 0) return;
        var nameOthers = messages.Where(m => m.System != true && m.IsFromViewer != true && !string.IsNullOrEmpty(m.SenderUserId))
            .Select(m => m.SenderUserId).Distinct(StringComparer.Ordinal).Count() > 1;
        string Sender(ChatMessage message) => Transcript.Sender(message, nameOthers);
        var timeWidth = messages.Max(m => (m.CreatedAt ?? "").Length);
        var senderWidth = messages.Max(m => Sender(m).Length);
        var indent = new string(' ', timeWidth + senderWidth + 4);
        foreach (var message in messages)
        {
            var body = string.Join(' ', new[] { message.Content ?? "", Extras(message) }.Where(p => p.Length > 0));
            output.WriteLine($"{(message.CreatedAt ?? "").PadRight(timeWidth)}  {Sender(message).PadRight(senderWidth)}  {body.ReplaceLineEndings("\n" + indent)}".TrimEnd());
        }
    }

    private static string Sender(ChatMessage message, bool nameOthers) =>
        message.System == true ? "system"
        : message.IsFromViewer == true ? "you"
        : nameOthers && !string.IsNullOrEmpty(message.SenderUserId) ? $"them ({message.SenderUserId})"
        : "them";

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
