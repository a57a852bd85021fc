using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenTrain.Sandbox.Http;

namespace OpenTrain.Sandbox.Drafts;

/// <summary>A <c>POST /job-drafts</c> body reduced to parsed fields plus caller references.</summary>
public sealed record DraftInput(ParsedDraft Parsed, string? ExternalId, string? IdempotencyKey);

/// <summary>Reads every documented body shape: <c>rawJobDescription</c>, <c>source{type,text}</c>, <c>format</c> + <c>job</c>/<c>jsonLd</c>/<c>xml</c>.</summary>
public static partial class DraftImport
{
    public const int MaxTextLength = 60_000;

    public static DraftInput Read(JsonObject body)
    {
        var source = body["source"] as JsonObject;
        if (body["source"] is not null && source is null) throw Issue("invalid_type", "source", "source must be an object.");
        var externalId = OptionalString(body, "externalId", "externalId") ?? OptionalString(source, "externalId", "source.externalId");
        var idempotencyKey = OptionalString(body, "idempotencyKey", "idempotencyKey") ?? OptionalString(source, "idempotencyKey", "source.idempotencyKey");
        var format = OptionalString(source, "type", "source.type") ?? OptionalString(body, "format", "format");
        var raw = OptionalString(body, "rawJobDescription", "rawJobDescription");

        ParsedDraft parsed;
        if (raw is not null && format is null) parsed = FromText(raw, "rawJobDescription");
        else if (format is null) throw ApiException.BadRequest("Provide rawJobDescription, source {type, text}, or format with job/jsonLd/xml.");
        else parsed = format switch
        {
            "text" => FromText(OptionalString(source, "text", "source.text") ?? raw ?? throw Issue("invalid_type", "source.text", "source.text is required for type 'text'."), "source.text"),
            "opentrain_canonical" => FromCanonical(ObjectField(body, source, "job")),
            "schema_org_job_posting" => FromJsonLd(ObjectField(body, source, "jsonLd")),
            "indeed_xml" or "hr_xml" => FromXml(OptionalString(source, "xml", "source.xml") ?? OptionalString(body, "xml", "xml") ?? throw Issue("invalid_type", "xml", "xml is required for XML formats.")),
            _ => throw ApiException.BadRequest($"Unknown import format '{format}'.", new JsonObject
            {
                ["issues"] = new JsonArray(new ValidationIssue("invalid_enum_value", "source.type", $"Expected one of {string.Join(", ", DraftFields.ImportFormats)}.").ToJson()),
                ["supportedFormats"] = Views.JsonValues.Strings(DraftFields.ImportFormats),
            }),
        };
        return new DraftInput(parsed, externalId, idempotencyKey);
    }

    private static ParsedDraft FromText(string text, string path)
    {
        if (string.IsNullOrWhiteSpace(text)) throw Issue("too_small", path, "The description must not be empty.");
        if (text.Length > MaxTextLength) throw Issue("too_big", path, $"The description must be at most {MaxTextLength} characters.");
        return DraftParser.Parse(text);
    }

    private static ParsedDraft FromCanonical(JsonObject job)
    {
        var description = job["description"]?.GetValueKind() == JsonValueKind.String ? job["description"]!.GetValue<string>() : "";
        var parsed = description.Length > 0 ? DraftParser.Parse(description) : new ParsedDraft();
        var f = parsed.Fields;
        foreach (var (key, value) in job)
        {
            var target = key switch
            {
                "title" => "jobTitle",
                "description" => "jobDescription",
                "rateAmount" => DraftFields.RateKeyFor(job["paymentType"]?.GetValue<string>()),
                "tools" => "labelingSoftware",
                _ when DraftFields.UpdateKeys.Contains(key) => key,
                _ => null,
            };
            if (target is null)
            {
                parsed.UnmappedFields.Add(new JsonObject { ["path"] = "job." + key, ["reason"] = "Not a draft field", ["valuePreview"] = Preview(value) });
                continue;
            }
            f[target] = key == "tools" && value is JsonArray tools ? string.Join(", ", tools.Select(t => t?.ToString())) : value?.DeepClone();
        }
        return parsed;
    }

    private static ParsedDraft FromJsonLd(JsonObject posting)
    {
        var description = posting["description"]?.ToString() ?? "";
        var parsed = description.Length > 0 ? DraftParser.Parse(StripTags(description)) : new ParsedDraft();
        if (posting["title"]?.ToString() is { Length: > 0 } title) parsed.Fields["jobTitle"] = title;
        if (posting["baseSalary"]?["value"] is JsonObject salary)
        {
            var amount = salary["value"] ?? salary["minValue"];
            var hourly = string.Equals(salary["unitText"]?.ToString(), "HOUR", StringComparison.OrdinalIgnoreCase);
            if (amount is not null)
            {
                parsed.Fields["paymentType"] = hourly ? "PAY_PER_HOUR" : "FIXED_PRICE";
                parsed.Fields[hourly ? "pricePerHour" : "fixedPrice"] = amount.DeepClone();
            }
        }
        return parsed;
    }

    private static ParsedDraft FromXml(string xml)
    {
        var description = StripTags(XmlElement(xml, "description") ?? "");
        var parsed = DraftParser.Parse(description.Length > 0 ? description : StripTags(xml));
        if (XmlElement(xml, "title") is { Length: > 0 } title) parsed.Fields["jobTitle"] = StripTags(title);
        return parsed;
    }

    private static string? XmlElement(string xml, string name)
    {
        var m = Regex.Match(xml, $@"<{name}[^>]*>(.*?)</{name}>", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        return m.Success ? CData().Replace(m.Groups[1].Value, "$1").Trim() : null;
    }

    private static string StripTags(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " ")).Trim();

    private static string Preview(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length <= 40 ? text : text[..40] + "…";
    }

    private static JsonObject ObjectField(JsonObject body, JsonObject? source, string key) =>
        (source?[key] ?? body[key]) as JsonObject ?? throw Issue("invalid_type", key, $"{key} must be an object for this format.");

    private static string? OptionalString(JsonObject? body, string key, string path)
    {
        var node = body?[key];
        if (node is null) return null;
        return node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : throw Issue("invalid_type", path, $"{path} must be a string.");
    }

    private static ApiException Issue(string code, string path, string message) => ApiException.Invalid([new ValidationIssue(code, path, message)]);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"<!\[CDATA\[(.*?)\]\]>", RegexOptions.Singleline)]
    private static partial Regex CData();
}
