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

    /// <summary>
    /// The types most like <paramref name="typed"/>: the same letters in another case or separator, else the
    /// highest share of letter pairs (Dice coefficient over bigrams), at least one half, and any within 0.1 of it.
    /// </summary>
    private static IEnumerable<string> Closest(string typed)
    {
        var plain = Plain(typed);
        var same = All.Where(t => Plain(t) == plain).ToList();
        if (same.Count > 0) return same;
        var pairs = Bigrams(plain);
        var scored = All.Select(t => (Type: t, Score: Dice(pairs, Bigrams(Plain(t))))).Where(s => s.Score >= 0.5).ToList();
        var best = scored.Count == 0 ? 0 : scored.Max(s => s.Score);
        return scored.Where(s => s.Score >= best - 0.1).OrderByDescending(s => s.Score).Take(2).Select(s => s.Type);
    }

    private static string Plain(string text) => new([.. text.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);

    private static List<string> Bigrams(string text) => [.. Enumerable.Range(0, Math.Max(0, text.Length - 1)).Select(i => text.Substring(i, 2))];

    private static double Dice(List<string> a, List<string> b)
    {
        var total = a.Count + b.Count;
        var unmatched = new List<string>(b);
        return total == 0 ? 0 : 2.0 * a.Count(unmatched.Remove) / total;
    }
}
