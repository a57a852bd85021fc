using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Commands.Freelancers;

/// <summary>Masked AI trainer profiles.</summary>
internal static class FreelancersRequests
{
    public static ApiCall<FreelancerEnvelope> Get(string idOrSlug) => ApiRequest.Get($"{ApiPaths.Public}/freelancers/{ApiPaths.Segment(idOrSlug)}").Returning<FreelancerEnvelope>();
}
