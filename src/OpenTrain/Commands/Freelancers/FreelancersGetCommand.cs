using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Freelancers;

internal static class FreelancersGetCommand
{
    internal static ApiOperation<FreelancerEnvelope> Operation(string idOrSlug, string baseUrl) =>
        new(FreelancersRequests.Get(idOrSlug), (envelope, output) =>
            FreelancerOutput.Write(output, envelope.Freelancer ?? throw CliException.InvalidResponse("the response carried no freelancer"), baseUrl));
}
