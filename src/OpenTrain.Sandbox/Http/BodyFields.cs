using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Http;

/// <summary>Typed reads of JSON body fields that collect zod-style issues instead of throwing one by one.</summary>
public sealed class BodyFields(JsonObject? body, string pathPrefix = "")
{
    private readonly List<ValidationIssue> _issues = [];

    public IReadOnlyList<ValidationIssue> Issues => _issues;

    public string? Text(string key, bool required = false, int minLength = 0, int maxLength = int.MaxValue)
    {
        var node = body?[key];
        if (node is null)
        {
            if (required) Add("invalid_type", key, $"{Path(key)} is required.");
            return null;
        }
        if (node.GetValueKind() != JsonValueKind.String)
        {
            Add("invalid_type", key, $"{Path(key)} must be a string.");
            return null;
        }
        var value = node.GetValue<string>();
        if (value.Length < minLength) Add("too_small", key, $"{Path(key)} must be at least {minLength} character(s).");
        else if (value.Length > maxLength) Add("too_big", key, $"{Path(key)} must be at most {maxLength} characters.");
        return value;
    }

    public decimal? Number(string key, bool required = false, bool positive = false)
    {
        var node = body?[key];
        if (node is null)
        {
            if (required) Add("invalid_type", key, $"{Path(key)} is required.");
            return null;
        }
        if (node.GetValueKind() != JsonValueKind.Number)
        {
            Add("invalid_type", key, $"{Path(key)} must be a number.");
            return null;
        }
        var value = node.AsDecimal();
        if (positive && value <= 0) Add("too_small", key, $"{Path(key)} must be greater than 0.");
        return value;
    }

    public bool? Bool(string key)
    {
        var node = body?[key];
        if (node is null) return null;
        if (node.GetValueKind() is JsonValueKind.True or JsonValueKind.False) return node.GetValue<bool>();
        Add("invalid_type", key, $"{Path(key)} must be a boolean.");
        return null;
    }

    /// <summary>A date: <c>YYYY-MM-DD</c> or a full ISO timestamp.</summary>
    public DateTimeOffset? Date(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        if (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var day)) return day;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var full)) return full;
        Add("invalid_date", key, $"{Path(key)} must be a date (YYYY-MM-DD).");
        return null;
    }

    public List<string>? Strings(string key, bool required = false)
    {
        var node = body?[key];
        if (node is null)
        {
            if (required) Add("invalid_type", key, $"{Path(key)} is required.");
            return null;
        }
        if (node is not JsonArray array || array.Any(x => x?.GetValueKind() != JsonValueKind.String))
        {
            Add("invalid_type", key, $"{Path(key)} must be an array of strings.");
            return null;
        }
        return array.Select(x => x!.GetValue<string>()).ToList();
    }

    public void Add(string code, string key, string message) => _issues.Add(new ValidationIssue(code, Path(key), message));

    /// <summary>400 with every collected issue, if any.</summary>
    public void ThrowIfInvalid()
    {
        if (_issues.Count > 0) throw ApiException.Invalid(_issues);
    }

    private string Path(string key) => pathPrefix.Length == 0 ? key : pathPrefix + "." + key;
}
