using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Drafts;

/// <summary>What the parser got out of a description.</summary>
public sealed class ParsedDraft
{
    public JsonObject Fields { get; } = [];
    public List<string> Warnings { get; } = [];
    public JsonArray LowConfidenceFields { get; } = [];
    public JsonArray UnmappedFields { get; } = [];
}

/// <summary>
/// Deterministic stand-in for the real (LLM-based) description parser: keyword and pattern extraction of
/// title, pay, headcount, languages, countries, volume, experience, data and label types.
/// </summary>
public static partial class DraftParser
{
    private static readonly string[] Languages =
    [
        "English", "Spanish", "French", "German", "Italian", "Portuguese", "Dutch", "Polish", "Russian", "Ukrainian", "Turkish",
        "Arabic", "Hebrew", "Hindi", "Bengali", "Urdu", "Chinese", "Mandarin", "Cantonese", "Japanese", "Korean", "Vietnamese",
        "Thai", "Indonesian", "Malay", "Tagalog", "Swahili", "Greek", "Swedish", "Norwegian", "Danish", "Finnish",
    ];

    private static readonly (string Name, string Code)[] Countries =
    [
        ("United States", "US"), ("USA", "US"), ("United Kingdom", "GB"), ("UK", "GB"), ("Canada", "CA"), ("Mexico", "MX"),
        ("Spain", "ES"), ("France", "FR"), ("Germany", "DE"), ("Italy", "IT"), ("Brazil", "BR"), ("Argentina", "AR"),
        ("India", "IN"), ("Japan", "JP"), ("Philippines", "PH"), ("Nigeria", "NG"), ("Kenya", "KE"), ("Morocco", "MA"), ("Ireland", "IE"),
    ];

    private static readonly (string Pattern, string Label)[] LabelTypes =
    [
        ("sentiment", "Sentiment Analysis"), ("transcri", "Transcription"), ("bounding box", "Bounding Box"), ("classif", "Classification"),
        ("named entit", "Named Entity Recognition"), ("segmentation", "Segmentation"), ("rlhf", "RLHF"), ("preference ranking", "RLHF"),
    ];

    private static readonly (string Pattern, string DataType)[] DataTypes =
        [("audio", "Audio"), ("video", "Video"), ("image", "Image"), ("photo", "Image"), ("text", "Text"), ("tweet", "Text"), ("post", "Text")];

    public static ParsedDraft Parse(string text)
    {
        var result = new ParsedDraft();
        var f = result.Fields;
        var lower = text.ToLowerInvariant();

        f["jobTitle"] = Title(text);
        f["jobDescription"] = text.Trim();
        ParsePay(text, lower, f);

        if (HeadcountRegex().Match(text) is { Success: true } h) f["headcount"] = int.Parse(h.Groups[1].Value, CultureInfo.InvariantCulture);

        var languages = Languages.Where(l => Regex.IsMatch(text, $@"\b{l}\b")).ToList();
        if (languages.Count > 0) f["languages"] = JsonValues.Strings(languages);
        var countries = Countries.Where(c => Regex.IsMatch(text, $@"\b{Regex.Escape(c.Name)}\b")).Select(c => c.Code).Distinct().ToList();
        if (countries.Count > 0) f["countries"] = JsonValues.Strings(countries);

        if (VolumeRegex().Match(text) is { Success: true } v)
        {
            var amount = decimal.Parse(v.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            if (v.Groups[2].Success) amount *= 1000;
            f["dataVolume"] = JsonValues.Usd(amount);
            var unit = v.Groups[3].Value.ToLowerInvariant();
            f["dataVolumeUnit"] = unit.StartsWith("word", StringComparison.Ordinal) ? "NUMBER_OF_WORDS"
                : unit.StartsWith("hour", StringComparison.Ordinal) ? "HOURS_OF_RECORDING_AUDIO_VIDEO" : "NUMBER_OF_FILES";
        }

        var experience = lower switch
        {
            _ when Regex.IsMatch(lower, @"any experience level|all experience levels") => "ANY_EXPERIENCE_LEVEL",
            _ when Regex.IsMatch(lower, @"entry[- ]level|beginner|no experience (needed|required)") => "ENTRY_LEVEL",
            _ when Regex.IsMatch(lower, @"\bintermediate\b") => "INTERMEDIATE",
            _ when Regex.IsMatch(lower, @"\bexperts?\b") => "EXPERT",
            _ => null,
        };
        if (experience is not null) f["experienceLevel"] = experience;
        else if (Regex.IsMatch(lower, @"\bexperienced\b"))
            result.LowConfidenceFields.Add(new JsonObject
            {
                ["field"] = "experienceLevel",
                ["value"] = "INTERMEDIATE",
                ["reason"] = "\"experienced\" does not name a level; set experienceLevel explicitly.",
            });

        var labelTypes = LabelTypes.Where(l => lower.Contains(l.Pattern, StringComparison.Ordinal)).Select(l => l.Label).Distinct().ToList();
        if (labelTypes.Count > 0) f["labelTypes"] = JsonValues.Strings(labelTypes);
        if (DataTypes.FirstOrDefault(d => lower.Contains(d.Pattern, StringComparison.Ordinal)) is { DataType: { } dataType }) f["dataType"] = dataType;

        if (text.Length < 40) result.Warnings.Add("The description is very short; AI trainers may need more detail.");
        return result;
    }

    private static void ParsePay(string text, string lower, JsonObject f)
    {
        if (HourlyRegex().Match(text) is { Success: true } hourly)
        {
            f["paymentType"] = "PAY_PER_HOUR";
            f["pricePerHour"] = JsonValues.Usd(Money(hourly.Groups[1].Success ? hourly.Groups[1].Value : hourly.Groups[2].Value));
        }
        else if (PerLabelRegex().Match(text) is { Success: true } perLabel)
        {
            f["paymentType"] = "PAY_PER_LABEL";
            f["pricePerLabel"] = JsonValues.Usd(Money(perLabel.Groups[1].Value));
        }
        else if (FixedRegex().Match(text) is { Success: true } fixedPrice)
        {
            f["paymentType"] = "FIXED_PRICE";
            f["fixedPrice"] = JsonValues.Usd(Money(fixedPrice.Groups[1].Success ? fixedPrice.Groups[1].Value : fixedPrice.Groups[2].Value));
        }
        else if (Regex.IsMatch(lower, @"per[- ]label|per annotation"))
            f["paymentType"] = "PAY_PER_LABEL";
        else if (Regex.IsMatch(lower, @"hourly|per hour"))
            f["paymentType"] = "PAY_PER_HOUR";
        else if (Regex.IsMatch(lower, @"fixed[- ]price|flat fee"))
            f["paymentType"] = "FIXED_PRICE";
    }

    private static decimal Money(string raw) => decimal.Parse(raw.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static string Title(string text)
    {
        var firstLine = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        var sentence = Regex.Split(firstLine, @"(?<=[.!?])\s").First().Trim().TrimEnd('.');
        sentence = Regex.Replace(sentence, @"^(title|job)\s*:\s*", "", RegexOptions.IgnoreCase);
        return sentence.Length <= 80 ? sentence : sentence[..79].TrimEnd() + "…";
    }

    [GeneratedRegex(@"(?:\$\s?(\d+(?:\.\d+)?)|(?<![\d.])(\d+(?:\.\d+)?)\s*(?:USD|dollars))\s*(?:/|per|an|a)\s*(?:hour|hr)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HourlyRegex();

    [GeneratedRegex(@"\$\s?(\d+(?:\.\d+)?)\s*(?:USD\s*)?(?:/|per|a)\s*(?:label|annotation|item|task|tweet|post|image|file)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerLabelRegex();

    [GeneratedRegex(@"(?:fixed(?:[- ]price)?|flat(?:\s+fee)?|budget)\s*(?:of|:|is)?\s*\$\s?(\d[\d,]*(?:\.\d+)?)|\$\s?(\d[\d,]*(?:\.\d+)?)\s*(?:fixed|flat|total)", RegexOptions.IgnoreCase)]
    private static partial Regex FixedRegex();

    [GeneratedRegex(@"\b(\d{1,4})\s+(?:[A-Za-z-]+\s+){0,3}?(?:annotators|labelers|labellers|speakers|people|ai trainers|trainers|freelancers|contractors|workers|transcribers|raters|reviewers|linguists)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeadcountRegex();

    [GeneratedRegex(@"(\d[\d,]*(?:\.\d+)?)\s*(k|K|thousand)?\s+(?:[A-Za-z-]+\s+){0,2}?(tweets|posts|labels|items|files|images|documents|words|hours|clips|recordings|utterances|sentences|videos|conversations|reviews)\b(?!\s*(?:per|a|/)\s*week)")]
    private static partial Regex VolumeRegex();
}
