using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Freelancers;

/// <summary>Masked AI trainer profiles.</summary>
internal sealed class FreelancersClient(ApiConnection connection)
{
    public Task<ApiResponse<FreelancerEnvelope>> GetAsync(string idOrSlug, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Get($"{ApiPaths.Public}/freelancers/{ApiPaths.Segment(idOrSlug)}"),
            OpenTrainJson.Context.FreelancerEnvelope, cancellationToken);
}
