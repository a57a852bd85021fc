using OpenTrain.Json;
using System.Text.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Updates;

/// <summary>The account feed's event types and what each can be matched on (api-money-events §2.5.3): its <c>data</c> keys, and the record's ids.</summary>
internal static class UpdateEvents
{
    public static readonly FeedCatalog Catalog = new("event type",
    [
        ("proposal.received", ["proposalId", "jobId", "resourceId"]),
        ("proposal.status_changed", ["proposalId", "status", "jobId", "resourceId"]),
        ("message.received", ["conversationId", "messageId", "jobId", "resourceId"]),
        ("contract.created", ["contractId", "jobId", "proposalId", "resourceId"]),
        ("milestone.status_changed", ["milestoneId", "contractId", "status", "jobId", "resourceId"]),
        ("payment.pending", ["invoiceId", "milestoneId", "contractId", "jobId", "resourceId"]),
        ("approval.confirmed", ["approvalId", "status", "jobId", "resourceId"]),
        ("contract.budget_state_changed", ["contractId", "previousState", "state", "paymentType", "jobId", "resourceId"]),
    ]);

    /// <summary>For help and completion (<c>[OneOf]</c>).</summary>
    public static IReadOnlyList<string> Types => Catalog.Types;

    public static FeedEntry Entry(PlatformEvent e) => new(e.Type ?? "", field => Field(e, field), Line(e), e.Id);

    /// <summary>The follow's line: time, type (with its status when it has one), id, the other ids.</summary>
    public static string Line(PlatformEvent e)
    {
        var ids = Ids(e);
        return $"{e.CreatedAt}  {TypeText(e)}  {e.Id}{(ids.Length == 0 ? "" : "  " + ids)}";
    }

    /// <summary>
    /// The type, and the status the event moved to when its data has one (<c>approval.confirmed (declined)</c>):
    /// the type alone does not say whether an approval was confirmed, declined or expired.
    /// </summary>
    public static string TypeText(PlatformEvent e) => Status(e) is { } status ? $"{e.Type} ({status})" : e.Type ?? "";

    /// <summary>The event's ids as <c>key=value</c> pairs (payloads carry ids only); a status shown beside the type is not repeated.</summary>
    public static string Ids(PlatformEvent e)
    {
        if (e.Data is { ValueKind: JsonValueKind.Object } data)
        {
            var status = Status(e) is not null;
            return string.Join(' ', JsonItems.Map(data, p => status && p.Name == "status" ? null : $"{p.Name}={Text(p.Value)}"));
        }
        return e.ResourceId is null ? "" : $"resourceId={e.ResourceId}";
    }

    private static string? Status(PlatformEvent e) =>
        e.Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String
            ? status.GetString()
            : null;

    private static string? Field(PlatformEvent e, string name)
    {
        if (e.Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(name, out var value)) return Text(value);
        return name switch { "resourceId" => e.ResourceId, "jobId" => e.JobId, _ => null };
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();
}
