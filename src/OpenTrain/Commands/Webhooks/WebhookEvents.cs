using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

/// <summary>The event types a subscription can name (the Public API's catalog of eight).</summary>
internal static class WebhookEvents
{
    /// <summary>The feed's catalog: a delivery carries the same records as <c>updates poll</c>.</summary>
    public static IReadOnlyList<string> All => Updates.UpdateEvents.Types;

    /// <summary>
    /// <c>listen --events</c>: the types to forward (null: every type). A typo is a usage error naming the
    /// valid types, with the closest ones (<c>proposal.recieved</c> → <c>proposal.received</c>).
    /// </summary>
    public static IReadOnlySet<string>? Filter(IReadOnlyList<string> given, string name) =>
        given.Count == 0 ? null : new HashSet<string>(Checked(given, name), StringComparer.Ordinal);

    /// <summary>One type (<c>trigger &lt;event-type&gt;</c>), checked the same way.</summary>
    public static string One(string typed, string name) => Checked([typed.Trim()], name)[0];

    private static List<string> Checked(IReadOnlyList<string> given, string name)
    {
        try
        {
            return AllowedValues.AtLeastOne(given, name, "event type", All);
        }
        catch (UsageException ex)
        {
            var close = given.Where(g => !All.Contains(g)).SelectMany(Closest).Distinct().Take(3).Select(c => $"'{c}'").ToList();
            throw close.Count == 0 ? ex : new UsageException($"{ex.Message}. Did you mean {string.Join(" or ", close)}?");
        }
    }

    /// <summary>The types with the same letters in another case or separator, else the closest by spelling.</summary>
    private static IReadOnlyList<string> Closest(string typed)
    {
        var plain = Plain(typed);
        var same = new List<string>();
        foreach (var type in All) if (Plain(type) == plain) same.Add(type);
        return same.Count > 0 ? same : Spelling.Closest(typed, All);
    }

    private static string Plain(string text)
    {
        var letters = new System.Text.StringBuilder(text.Length);
        foreach (var c in text) if (char.IsAsciiLetterOrDigit(c)) letters.Append(char.ToLowerInvariant(c));
        return letters.ToString();
    }
}
