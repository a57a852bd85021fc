using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Commands.Approvals;

/// <summary><c>/approvals/{id}</c>: the only way to read an approval (there is no list endpoint).</summary>
internal static class ApprovalsRequests
{
    public static ApiCall<ApprovalEnvelope> Get(string approvalId) => ApiRequest.Get($"{ApiPaths.Public}/approvals/{ApiPaths.Segment(approvalId)}").Returning<ApprovalEnvelope>();
}
