using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs.Draft;

[RegisterCommands("jobs draft")]
internal sealed class JobsDraftCapabilitiesCommand(CommandContext context)
{
    /// <summary>List the features your account has and the valid draft '--set' keys and enum values.</summary>
    [Listed(CommandGroup.Jobs, "opentrain jobs draft capabilities")]
    [Endpoint("GET", "/job-drafts/capabilities", Requirement.AnyToken, "job-drafts/capabilities", FeatureFlag = FeatureFlags.Drafting)]
    public Task Capabilities(ConsoleAppContext app, CancellationToken cancellationToken = default) =>
        context.RunAsync(app, CapabilitiesOperation.Operation(), cancellationToken);
}
