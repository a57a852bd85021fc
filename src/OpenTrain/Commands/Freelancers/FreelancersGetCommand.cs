using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Freelancers;

[RegisterCommands("freelancers")]
internal sealed class FreelancersGetCommand(CommandContext context)
{
    /// <summary>Show an AI trainer's public profile (identity masked).</summary>
    /// <param name="id">Same as --freelancer-id.</param>
    /// <param name="freelancerId">The AI trainer's user id or profile slug.</param>
    [Listed(CommandGroup.Hiring, "opentrain freelancers get maria-g")]
    [Endpoint("GET", "/freelancers/{idOrSlug}", "proposals:read", "freelancers/get")]
    public Task Get([Argument] string? id = null, string? freelancerId = null, CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(CommandArgs.RequireId(id, freelancerId, "--freelancer-id"), context.BaseUrl.Text), cancellationToken);

    internal static ApiOperation<FreelancerEnvelope> Operation(string idOrSlug, string baseUrl) =>
        new(FreelancersRequests.Get(idOrSlug), (envelope, output) =>
            FreelancerOutput.Write(output, envelope.Freelancer ?? throw CliException.InvalidResponse("the response carried no freelancer"), baseUrl));
}
