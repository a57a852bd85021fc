using System.Globalization;

namespace OpenTrain.Toolkit;

/// <summary>Argument checks the framework does not make; all raise usage errors before any request.</summary>
internal static class CommandArgs
{
    /// <summary>A command without parameters would silently ignore extra words: reject them.</summary>
    public static void RejectExtra(ConsoleAppContext context)
    {
        var extra = context.InternalCommandArgs.Span;
        if (extra.Length > 0)
            throw new UsageException(extra[0].StartsWith('-') ? $"unknown flag '{extra[0]}'" : $"unexpected argument '{extra[0]}'");
    }

    /// <summary>An id given positionally or by its flag (<c>publish J1</c> == <c>publish --job-id J1</c>).</summary>
    public static string RequireId(string? positional, string? flag, string flagName)
    {
        if (positional is not null && flag is not null && positional != flag)
            throw new UsageException($"the id was given twice with different values ('{positional}' and {flagName} '{flag}')");
        var id = flag ?? positional;
        if (string.IsNullOrWhiteSpace(id)) throw new UsageException($"{flagName} is required");
        if (Http.ApiPaths.IsDotSegment(id)) throw new UsageException($"{flagName} '{id}' is not a valid id");
        return id;
    }

    public static string Require(string? value, string flagName) =>
        string.IsNullOrWhiteSpace(value) ? throw new UsageException($"{flagName} is required") : value;

    /// <summary>A calendar date written YYYY-MM-DD, returned as given.</summary>
    public static string? IsoDate(string? value, string flagName) =>
        value is null || DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? value
            : throw new UsageException($"{flagName} must be a date written YYYY-MM-DD, got '{value}'");

    public static int? Limit(int? value, int max, string flagName = "--limit") =>
        value is null || (value >= 1 && value <= max) ? value : throw new UsageException($"{flagName} must be between 1 and {max}, got {value}");

    /// <summary>An ISO 8601 date (<c>2026-07-15</c>) or date-time (<c>2026-07-15T09:00:00Z</c>), passed on as typed.</summary>
    public static string? IsoDateOrDateTime(string? value, string flagName)
    {
        if (value is null) return null;
        var text = value.Trim();
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];
        return DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
            ? text
            : throw new UsageException($"{flagName} must be an ISO 8601 date such as 2026-07-15, got '{value}'");
    }
}
