using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Freelancers;

/// <summary>The <c>opentrain freelancers</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("freelancers"), Group(CommandGroup.Hiring)]
internal sealed class FreelancersCommands(CommandContext context)
{
    /// <summary>Show an AI trainer's public profile (identity masked).</summary>
    /// <param name="id">Same as --freelancer-id.</param>
    /// <param name="freelancerId">The AI trainer's user id or profile slug.</param>
    [Listed("opentrain freelancers get maria-g"), Endpoint("GET", "/freelancers/{idOrSlug}", "proposals:read", "freelancers/get")]
    public Task Get([Argument] string? id = null, string? freelancerId = null, CancellationToken cancellationToken = default) => context.RunAsync(FreelancersGetCommand.Operation(CommandArgs.RequireId(id, freelancerId, "--freelancer-id"), context.BaseUrl.Text), cancellationToken);
}
