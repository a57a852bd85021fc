using OpenTrain.Toolkit;
using OpenTrain.Generated.Contracts;
using OpenTrain.Operations;

namespace OpenTrain.Commands.Jobs;

/// <summary><c>GET /job-drafts/capabilities</c>: which features are on, and the draft keys and enums (MCP's <c>opentrain_capabilities</c>).</summary>
internal static class CapabilitiesOperation
{
    public static ApiOperation<CapabilitiesResponse> Operation() => new(JobsRequests.Capabilities(), Write);

    private static void Write(CapabilitiesResponse response, TextWriter output)
    {
        var features = response.Capabilities ?? new Dictionary<string, bool>();
        new KeyValueBlock()
            .Add("Enabled", Join(Named(features, true)))
            .Add("Disabled", Join(Named(features, false)))
            .Add("Rollout", response.RolloutMode)
            .Add("Draft keys", Join(response.Draft?.UpdateKeys))
            .Add("Import formats", Join(response.Draft?.ImportFormats))
            .WriteTo(output);
        var enums = new KeyValueBlock();
        foreach (var (name, values) in response.Draft?.Enums ?? new Dictionary<string, IReadOnlyList<string>>()) enums.Add(name, Join(values));
        if (response.Draft?.Enums is not { Count: > 0 }) return;
        output.WriteLine();
        output.WriteLine($"Enum values ({ShellCommand.Surface.Setting("<key>", "<value>")}):");
        enums.WriteTo(output, "  ");
    }

    private static List<string> Named(IReadOnlyDictionary<string, bool> features, bool on)
    {
        var names = new List<string>();
        foreach (var (name, value) in features) if (value == on) names.Add(name);
        return names;
    }

    private static string? Join(IEnumerable<string>? values) =>
        values?.ToList() is { Count: > 0 } list ? string.Join(", ", list) : null;
}
