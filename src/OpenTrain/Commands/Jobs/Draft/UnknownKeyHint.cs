using OpenTrain.Json;
using System.Text.Json;
using OpenTrain.Http;

namespace OpenTrain.Commands.Jobs.Draft;

/// <summary>
/// A 400 whose zod <c>details.issues</c> name unknown draft keys (<c>{"code":"unrecognized_keys","keys":[...]}</c>):
/// points to the command that lists the valid ones.
/// </summary>
internal static class UnknownKeyHint
{
    public static string? For(OpenTrainApiException ex)
    {
        if (ex.Status != 400 || ex.Details is not { ValueKind: JsonValueKind.Object } details
            || !details.TryGetProperty("issues", out var issues) || issues.ValueKind != JsonValueKind.Array) return null;
        var keys = new List<string>();
        var unknown = false;
        foreach (var issue in issues.EnumerateArray())
        {
            if (issue.ValueKind != JsonValueKind.Object || !IsUnknownKey(issue)) continue;
            unknown = true;
            if (issue.TryGetProperty("keys", out var named) && named.ValueKind == JsonValueKind.Array)
                keys.AddRange(JsonItems.Strings(named));
        }
        if (!unknown) return null;
        var set = ShellCommand.Surface.SetName;
        var which = keys.Count switch { 0 => $"an unknown {set} key", 1 => $"unknown {set} key '{keys[0]}'", _ => $"unknown {set} keys {string.Join(", ", keys.Select(k => $"'{k}'"))}" };
        return $"{which}: list the valid keys and values with '{new ShellCommand("opentrain jobs draft capabilities")}'.";
    }

    private static bool IsUnknownKey(JsonElement issue) =>
        (issue.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && code.GetString() == "unrecognized_keys")
        || (issue.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
            && message.GetString()!.Contains("nrecognized key", StringComparison.Ordinal));
}
