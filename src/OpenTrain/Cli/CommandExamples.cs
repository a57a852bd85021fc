namespace OpenTrain.Cli;

/// <summary>
/// One example invocation per command, shown at the end of its --help. Each command namespace
/// group adds its own in a partial file (CommandExamples.&lt;Group&gt;.cs).
/// </summary>
internal static partial class CommandExamples
{
    private static readonly Dictionary<string, string> Examples = Build();

    public static string? For(string path) => Examples.GetValueOrDefault(path);

    private static Dictionary<string, string> Build()
    {
        var examples = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["auth register"] = "opentrain auth register --agent-name \"Labeling agent\" --org-name \"Acme AI\"",
            ["auth claim"] = "opentrain auth claim --email owner@example.com",
            ["auth claim-status"] = "opentrain auth claim-status --wait --timeout 600",
            ["auth login"] = "opentrain auth login --api-key \"$OPENTRAIN_TOKEN\"\nprintf '%s' \"$OPENTRAIN_TOKEN\" | opentrain auth login --api-key -",
            ["auth status"] = "opentrain whoami --json",
            ["auth logout"] = "opentrain auth logout",
        };
        AddJobsProposalsMessages(examples);
        AddMoneyEventsAdmin(examples);
        return examples;
    }

    static partial void AddJobsProposalsMessages(Dictionary<string, string> examples);

    static partial void AddMoneyEventsAdmin(Dictionary<string, string> examples);
}
