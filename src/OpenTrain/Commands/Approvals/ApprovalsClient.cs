using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Approvals;

/// <summary><c>/approvals/{id}</c>: the only way to read an approval (there is no list endpoint).</summary>
internal sealed class ApprovalsClient(ApiConnection connection)
{
    public Task<ApiResponse<ApprovalEnvelope>> GetAsync(string approvalId, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Get($"{ApiPaths.Public}/approvals/{ApiPaths.Segment(approvalId)}"),
            OpenTrainJson.Context.ApprovalEnvelope, cancellationToken);
}
