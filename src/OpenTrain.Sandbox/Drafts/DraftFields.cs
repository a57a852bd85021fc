using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Drafts;

/// <summary>The draft update keys, their types and enums, patch validation, and the missing-field / publish-readiness rules.</summary>
public static class DraftFields
{
    public static readonly IReadOnlyList<string> PaymentTypes = ["PAY_PER_LABEL", "PAY_PER_HOUR", "FIXED_PRICE"];
    public static readonly IReadOnlyList<string> ExperienceLevels = ["EXPERT", "ENTRY_LEVEL", "INTERMEDIATE", "ANY_EXPERIENCE_LEVEL"];
    public static readonly IReadOnlyList<string> DataVolumeUnits = ["HOURS_OF_RECORDING_AUDIO_VIDEO", "NUMBER_OF_FILES", "NUMBER_OF_WORDS", "UNKNOWN_NOT_SPECIFIED"];
    public static readonly IReadOnlyList<string> ImportFormats = ["text", "opentrain_canonical", "schema_org_job_posting", "indeed_xml", "hr_xml"];

    private enum Kind { String, Number, Integer, Enum, StringArray }

    private static readonly (string Key, Kind Kind)[] Keys =
    [
        ("jobTitle", Kind.String), ("jobDescription", Kind.String), ("labelingOverview", Kind.String), ("datasetDescription", Kind.String),
        ("dataType", Kind.String), ("subjectMatter", Kind.String), ("dataVolume", Kind.Number), ("dataVolumeUnit", Kind.Enum),
        ("labelingSoftware", Kind.String), ("headcount", Kind.Integer), ("experienceLevel", Kind.Enum), ("paymentType", Kind.Enum),
        ("pricePerHour", Kind.Number), ("pricePerLabel", Kind.Number), ("fixedPrice", Kind.Number), ("countries", Kind.StringArray),
        ("languages", Kind.StringArray), ("labelTypes", Kind.StringArray), ("aiInterviewRequirements", Kind.String),
        ("budgetRange", Kind.String), ("workloadDesc", Kind.String), ("timeRequirement", Kind.String), ("projectDuration", Kind.String),
        ("freelancerType", Kind.String), ("projectScope", Kind.String), ("visibility", Kind.String),
    ];

    public static IEnumerable<string> UpdateKeys => Keys.Select(k => k.Key);

    public static IReadOnlyList<string>? EnumValues(string key) => key switch
    {
        "paymentType" => PaymentTypes,
        "experienceLevel" => ExperienceLevels,
        "dataVolumeUnit" => DataVolumeUnits,
        _ => null,
    };

    public static string? RateKeyFor(string? paymentType) => paymentType switch
    {
        "PAY_PER_HOUR" => "pricePerHour",
        "PAY_PER_LABEL" => "pricePerLabel",
        "FIXED_PRICE" => "fixedPrice",
        _ => null,
    };

    /// <summary>Validates a PATCH body (≥1 known key, right types, exact enums); 400 with zod-style issues otherwise.</summary>
    public static void ValidatePatch(JsonObject patch)
    {
        if (patch.Count == 0) throw ApiException.Invalid([new ValidationIssue("too_small", "", "Provide at least one draft field to update.")]);
        var issues = new List<ValidationIssue>();
        foreach (var (key, value) in patch)
        {
            var match = Keys.FirstOrDefault(k => k.Key == key);
            if (match.Key is null)
            {
                issues.Add(new ValidationIssue("unrecognized_keys", key, $"Unrecognized key: '{key}'."));
                continue;
            }
            if (value is null) continue;
            var ok = match.Kind switch
            {
                Kind.String => value.GetValueKind() == JsonValueKind.String,
                Kind.Number => value.GetValueKind() == JsonValueKind.Number && value.AsDecimal() >= 0,
                Kind.Integer => value.GetValueKind() == JsonValueKind.Number && value.AsDecimal() is var d && d >= 0 && d == Math.Floor(d),
                Kind.Enum => value.GetValueKind() == JsonValueKind.String && EnumValues(key)!.Contains(value.GetValue<string>()),
                _ => value is JsonArray a && a.All(x => x?.GetValueKind() == JsonValueKind.String),
            };
            if (!ok) issues.Add(new ValidationIssue(match.Kind == Kind.Enum ? "invalid_enum_value" : "invalid_type", key, match.Kind switch
            {
                Kind.Enum => $"{key} must be one of {string.Join(", ", EnumValues(key)!)}.",
                Kind.StringArray => $"{key} must be an array of strings.",
                Kind.Integer => $"{key} must be a non-negative integer.",
                Kind.Number => $"{key} must be a non-negative number.",
                _ => $"{key} must be a string.",
            }));
        }
        if (issues.Count > 0) throw ApiException.Invalid(issues);
    }

    /// <summary>Merges a validated patch into the job (null clears a key).</summary>
    public static void Apply(State.Job job, JsonObject patch, DateTimeOffset now)
    {
        foreach (var (k, v) in patch)
        {
            if (v is null) job.Fields.Remove(k);
            else job.Fields[k] = v.DeepClone();
        }
        job.UpdatedAt = now;
    }

    /// <summary>The <c>validation</c> object: missing fields (full descriptors), blocking issues, readiness.</summary>
    public static JsonObject Validation(JsonObject fields)
    {
        var missing = MissingFields(fields);
        var issues = Issues(fields);
        return new JsonObject
        {
            ["publishReady"] = missing.Count == 0 && issues.Count == 0,
            ["issueCount"] = issues.Count,
            ["missingFieldCount"] = missing.Count,
            ["missingFields"] = JsonValues.Array(missing),
            ["issues"] = JsonValues.Array(issues),
        };
    }

    public static bool IsPublishReady(JsonObject fields) => MissingFields(fields).Count == 0 && Issues(fields).Count == 0;

    public static List<JsonNode?> MissingFields(JsonObject fields)
    {
        var missing = new List<JsonNode?>();
        if (IsBlank(fields["jobTitle"]))
            missing.Add(Descriptor("jobTitle", "Job title", "A job title is required before publishing.", "ask: What should the job be called?",
                "string", "Spanish Sentiment Labeling — Social Media Posts", null));
        if (IsBlank(fields["jobDescription"]))
            missing.Add(Descriptor("jobDescription", "Job description", "A job description is required before publishing.",
                "ask: Describe the work AI trainers will do.", "string", "Label 5,000 tweets as positive, negative or neutral.", null));
        var paymentType = fields["paymentType"]?.GetValue<string>();
        var rateKey = RateKeyFor(paymentType);
        if (rateKey is null)
            missing.Add(Descriptor("paymentType", "Payment type", "A payment type is required before publishing.",
                "ask: How will you pay AI trainers? (PAY_PER_LABEL, PAY_PER_HOUR, FIXED_PRICE)", "enum", "PAY_PER_HOUR",
                "Pick one, then set the matching rate: pricePerLabel, pricePerHour or fixedPrice.", ["paymentType"]));
        else if (fields[rateKey] is null)
            missing.Add(rateKey switch
            {
                "pricePerHour" => Descriptor("pricePerHour", "Hourly rate", "A pay rate is required before publishing.",
                    "ask: How much will you pay per hour (USD)?", "number", "25", null),
                "pricePerLabel" => Descriptor("pricePerLabel", "Price per label", "A pay rate is required before publishing.",
                    "ask: How much will you pay per label (USD)?", "number", "0.05", null),
                _ => Descriptor("fixedPrice", "Fixed price", "A fixed price is required before publishing.",
                    "ask: What is the total fixed price (USD)?", "number", "500", null),
            });
        if (fields["experienceLevel"] is null)
            missing.Add(Descriptor("experienceLevel", "Experience level", "Experience level is required before publishing.",
                "ask: What experience level should AI trainers have? (EXPERT, ENTRY_LEVEL, INTERMEDIATE, ANY_EXPERIENCE_LEVEL)",
                "enum", "INTERMEDIATE", "Pick the minimum level the work realistically needs."));
        if (fields["dataVolumeUnit"] is null)
            missing.Add(Descriptor("dataVolumeUnit", "Data volume unit", "The unit of the data volume is required before publishing.",
                "ask: How is the data measured? (HOURS_OF_RECORDING_AUDIO_VIDEO, NUMBER_OF_FILES, NUMBER_OF_WORDS, UNKNOWN_NOT_SPECIFIED)",
                "enum", "NUMBER_OF_FILES", "Use UNKNOWN_NOT_SPECIFIED when you cannot tell yet.", ["dataVolumeUnit", "dataVolume"]));
        return missing;
    }

    private static List<JsonNode?> Issues(JsonObject fields)
    {
        var issues = new List<JsonNode?>();
        var rateKey = RateKeyFor(fields["paymentType"]?.GetValue<string>());
        if (rateKey is not null && fields[rateKey] is { } rate && rate.AsDecimal() <= 0)
            issues.Add(new JsonObject { ["field"] = rateKey, ["code"] = "invalid_value", ["message"] = $"{rateKey} must be greater than 0." });
        if (fields["headcount"] is { } h && h.AsDecimal() < 1)
            issues.Add(new JsonObject { ["field"] = "headcount", ["code"] = "invalid_value", ["message"] = "headcount must be at least 1." });
        return issues;
    }

    private static bool IsBlank(JsonNode? node) => node is null || string.IsNullOrWhiteSpace(node.GetValue<string>());

    private static JsonObject Descriptor(string field, string label, string message, string prompt, string type, string example, string? hint,
        IReadOnlyList<string>? updateKeys = null) => new()
    {
        ["field"] = field,
        ["label"] = label,
        ["message"] = message,
        ["code"] = "missing_required_field",
        ["prompt"] = prompt,
        ["type"] = type,
        ["enumValues"] = EnumValues(field) is { } values ? JsonValues.Strings(values) : null,
        ["updateKeys"] = JsonValues.Strings(updateKeys ?? [field]),
        ["example"] = example,
        ["hint"] = hint,
    };
}
