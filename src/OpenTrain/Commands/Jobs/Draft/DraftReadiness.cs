using System.Text.Json;
using OpenTrain.Generated;

namespace OpenTrain.Commands.Jobs.Draft;

/// <summary>
/// Whether a draft can be published and what it still needs, from a draft response or a publish
/// 400's <c>details</c>. Missing fields come as full objects (API reference) or bare names (guide).
/// </summary>
internal sealed record DraftReadiness(bool PublishReady, IReadOnlyList<MissingField> MissingFields, IReadOnlyList<JsonElement> Issues)
{
    public static DraftReadiness From(JobDraftResponse draft) => From(draft.Validation, draft.MissingFields);

    public static DraftReadiness From(DraftValidation? validation, IReadOnlyList<MissingField>? detailed)
    {
        var missing = detailed is { Count: > 0 } ? detailed : ParseFields(validation?.MissingFields);
        var issues = validation?.Issues ?? [];
        var ready = validation?.PublishReady ?? (missing.Count == 0 && issues.Count == 0);
        return new DraftReadiness(ready, missing, issues);
    }

    /// <summary>A publish 400's details: <c>{"validation": {...}}</c>, missing fields inside it or beside it.</summary>
    public static DraftReadiness? FromErrorDetails(JsonElement? details)
    {
        if (details is not { ValueKind: JsonValueKind.Object } d || !d.TryGetProperty("validation", out var raw)
            || raw.ValueKind != JsonValueKind.Object)
            return null;
        try
        {
            var validation = raw.Deserialize(OpenTrainJson.Context.DraftValidation);
            if (validation?.MissingFields is not { ValueKind: JsonValueKind.Array } && d.TryGetProperty("missingFields", out var beside))
                validation = validation! with { MissingFields = beside.Clone() };
            return From(validation, null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IReadOnlyList<MissingField> ParseFields(JsonElement? raw)
    {
        if (raw is not { ValueKind: JsonValueKind.Array } list) return [];
        var fields = new List<MissingField>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
                fields.Add(new MissingField(item.GetString(), null, null, null, null, null, null, [item.GetString()!], null, null));
            else if (item.ValueKind == JsonValueKind.Object && item.Deserialize(OpenTrainJson.Context.MissingField) is { } field)
                fields.Add(field);
        }
        return fields;
    }
}
