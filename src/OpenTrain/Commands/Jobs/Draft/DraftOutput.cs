using OpenTrain.Json;
using System.Text.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs.Draft;

/// <summary>The human summary of <c>jobs draft create</c> and <c>jobs draft update</c>.</summary>
internal static class DraftOutput
{
    public static void Write(TextWriter output, string verb, string fallbackJobId, JobDraftResponse draft)
    {
        var jobId = draft.JobId ?? fallbackJobId;
        var readiness = DraftReadiness.From(draft);
        output.WriteLine($"{verb} job draft {jobId}{(draft.Status is { } s ? $" ({s})" : "")}.");
        new KeyValueBlock()
            .Add("Draft URL", draft.DraftUrl)
            .Add("Review URL", draft.ReviewUrl != draft.DraftUrl ? draft.ReviewUrl : null)
            .Add("Publish-ready", readiness.PublishReady ? "yes" : $"no, {Count(readiness.MissingFields.Count, "field")} missing")
            .WriteTo(output, "  ");
        WriteParsedFields(output, draft.NormalizedFields);
        WriteList(output, "Warnings", draft.Warnings);
        WriteList(output, "Double-check (low confidence)", draft.LowConfidenceFields);
        WriteList(output, "Not mapped", draft.UnmappedFields);
        DraftReadinessOutput.Write(output, jobId, readiness);
    }

    private static void WriteParsedFields(TextWriter output, JsonElement? fields)
    {
        if (fields is not { ValueKind: JsonValueKind.Object } parsed || !JsonItems.HasMembers(parsed)) return;
        output.WriteLine();
        output.WriteLine("Parsed fields:");
        var block = new KeyValueBlock();
        foreach (var field in parsed.EnumerateObject())
            block.Add(field.Name, field.Name == "dataVolume" && DataVolume(parsed) is { } volume ? volume : JsonText.Value(field.Value));
        block.WriteTo(output, "  ");
    }

    /// <summary><c>dataVolume</c> with its <c>dataVolumeUnit</c>: <c>20,000 files</c>.</summary>
    private static string? DataVolume(JsonElement fields) =>
        fields.GetProperty("dataVolume") is { ValueKind: JsonValueKind.Number } volume && volume.TryGetDecimal(out var value)
            ? Quantity.DataVolume(value, fields.TryGetProperty("dataVolumeUnit", out var unit) && unit.ValueKind == JsonValueKind.String ? unit.GetString() : null)
            : null;

    private static void WriteList(TextWriter output, string title, IReadOnlyList<JsonElement>? items)
    {
        if (items is not { Count: > 0 }) return;
        output.WriteLine();
        output.WriteLine($"{title}:");
        foreach (var item in items) output.WriteLine($"  - {JsonText.Describe(item)}");
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
