using System.Text.RegularExpressions;

namespace OpenTrain.Tests.Support;

/// <summary>
/// Every captured stdout/stderr goes through here: an unmasked <c>ot_pat_</c>, <c>ot_clm_</c>,
/// <c>ot_cat_</c> or <c>whsec_</c> secret fails the run at once. Documented exceptions: the
/// claim verification URI (<c>ot_cat_</c>) in <c>auth claim</c>, the webhook signing secret in
/// <c>webhooks create</c>, which the API returns exactly once, and the session secret that
/// <c>webhooks listen</c> generates when given none: once, in its start line
/// (<c>Signing secret for this session: whsec_…</c>), and never when <c>--secret</c> or
/// <c>--webhook-id</c> chose the secret (a secret the user gave is never echoed).
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
            if (kind == "whsec_" && IsListenSessionSecret(args, words, output, match)) continue;
            throw new InvalidOperationException($"secret leaked by 'opentrain {words}': {match.Value[..Math.Min(12, match.Value.Length)]}…");
        }
    }

    private const string SessionSecretLine = "Signing secret for this session: ";

    private static bool IsListenSessionSecret(IReadOnlyList<string> args, string words, string output, Match match) =>
        words == "webhooks listen"
        && !args.Any(a => a.Equals("--secret", StringComparison.OrdinalIgnoreCase) || a.Equals("--webhook-id", StringComparison.OrdinalIgnoreCase))
        && match.Index >= SessionSecretLine.Length
        && string.CompareOrdinal(output, match.Index - SessionSecretLine.Length, SessionSecretLine, 0, SessionSecretLine.Length) == 0
        && (match.Index == SessionSecretLine.Length || output[match.Index - SessionSecretLine.Length - 1] == '\n')
        && SecretPattern().Matches(output).Count(m => m.Groups[1].Value == "whsec_") == 1;

    [GeneratedRegex("(ot_pat_|ot_clm_|ot_cat_|whsec_)[A-Za-z0-9_]{6,}")]
    private static partial Regex SecretPattern();
}
