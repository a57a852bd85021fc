using System.Text.RegularExpressions;

namespace OpenTrain.Tests.Support;

/// <summary>
/// Every captured stdout/stderr goes through here: an unmasked <c>ot_pat_</c>, <c>ot_clm_</c>,
/// <c>ot_cat_</c> or <c>whsec_</c> secret fails the run at once. Two documented exceptions: the
/// claim verification URI (<c>ot_cat_</c>) in <c>auth claim</c>, and the webhook signing secret in
/// <c>webhooks create</c>, which the API returns exactly once.
/// </summary>
internal static partial class SecretScanner
{
    private static long scanned;

    public static long Scanned => Interlocked.Read(ref scanned);

    public static void Check(IReadOnlyList<string> args, string output)
    {
        Interlocked.Increment(ref scanned);
        var words = string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')));
        foreach (Match match in SecretPattern().Matches(output))
        {
            var kind = match.Groups[1].Value;
            if (kind == "ot_cat_" && words.StartsWith("auth claim", StringComparison.Ordinal) && !words.StartsWith("auth claim-status", StringComparison.Ordinal)) continue;
            if (kind == "whsec_" && words.StartsWith("webhooks create", StringComparison.Ordinal)) continue;
            throw new InvalidOperationException($"secret leaked by 'opentrain {words}': {match.Value[..Math.Min(12, match.Value.Length)]}…");
        }
    }

    [GeneratedRegex("(ot_pat_|ot_clm_|ot_cat_|whsec_)[A-Za-z0-9_]{6,}")]
    private static partial Regex SecretPattern();
}
