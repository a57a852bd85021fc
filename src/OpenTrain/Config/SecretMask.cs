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
}
