using System.Text;

namespace OpenTrain.Config;

/// <summary>Secrets are never printed; a masked hint such as <c>ot_pat_abcd…wxyz</c> is.</summary>
internal static class SecretMask
{
    public static string Mask(string? secret)
    {
        if (string.IsNullOrEmpty(secret)) return "(none)";
        var prefixEnd = secret.StartsWith("ot_", StringComparison.Ordinal) && secret.Length > 7 ? 7 : 0;
        if (secret.Length - prefixEnd < 12) return secret[..prefixEnd] + "…";
        return $"{secret[..(prefixEnd + 4)]}…{secret[^4..]}";
    }

    /// <summary>
    /// Masks every OpenTrain secret (<c>ot_xxx_…</c>) and the user-info of any URL in a message that
    /// echoes user input (usage errors, unknown commands), so a token typed in the wrong place is
    /// never printed back.
    /// </summary>
    public static string Scrub(string text)
    {
        if (!text.Contains("ot_", StringComparison.Ordinal) && !text.Contains('@', StringComparison.Ordinal)) return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (IsSecretStart(text, i))
            {
                var end = i + 7;
                while (end < text.Length && IsTokenChar(text[end])) end++;
                // Already a masked hint (ot_pat_abcd…wxyz): masking it again would print ot_pat_……wxyz.
                var masked = end - i <= 11 && end < text.Length && text[end] == '…';
                sb.Append(masked ? text[i..end] : Mask(text[i..end]));
                i = end;
                continue;
            }
            if (string.CompareOrdinal(text, i, "://", 0, 3) == 0 && UserInfoEnd(text, i + 3) is { } at)
            {
                sb.Append("://***@");
                i = at + 1;
                continue;
            }
            sb.Append(text[i++]);
        }
        return sb.ToString();
    }

    private static bool IsSecretStart(string text, int i) =>
        i + 7 < text.Length && text[i] == 'o' && text[i + 1] == 't' && text[i + 2] == '_'
        && char.IsAsciiLetterLower(text[i + 3]) && char.IsAsciiLetterLower(text[i + 4]) && char.IsAsciiLetterLower(text[i + 5])
        && text[i + 6] == '_' && (i == 0 || !IsTokenChar(text[i - 1]));

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary>The index of the <c>@</c> ending a URL's user-info, when the authority has one.</summary>
    private static int? UserInfoEnd(string text, int authorityStart)
    {
        for (var j = authorityStart; j < text.Length; j++)
        {
            var c = text[j];
            if (c == '@') return j;
            if (c is '/' or '?' or '#' or '\'' or '"' or ' ' or '\n') return null;
        }
        return null;
    }
}
