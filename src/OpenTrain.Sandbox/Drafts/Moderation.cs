using System.Text.Json.Nodes;

namespace OpenTrain.Sandbox.Drafts;

/// <summary>Deterministic content moderation: any text field containing <see cref="Trigger"/> is blocked.</summary>
public static class Moderation
{
    public const string Trigger = "moderation-block";

    public static List<string> Reasons(JsonObject fields)
    {
        var blocked = fields.Any(kv => kv.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String
            && v.GetValue<string>().Contains(Trigger, StringComparison.OrdinalIgnoreCase));
        return blocked ? [$"Content violates the marketplace policy (sandbox trigger '{Trigger}')."] : [];
    }
}
