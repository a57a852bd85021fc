using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Commands.Milestones;

/// <summary>Milestones: create (on a contract, unfunded), and the co-signed fund and approve requests.</summary>
internal static class MilestonesRequests
{
    public static ApiCall<MilestoneResponse> Create(string contractId, CreateMilestoneRequest body) => ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Public}/contracts/{ApiPaths.Segment(contractId)}/milestones", body, OpenTrainJson.Context.CreateMilestoneRequest).Returning<MilestoneResponse>();

    public static ApiCall<ApprovalEnvelope> Fund(string milestoneId) => ApiRequest.Post($"{ApiPaths.Public}/milestones/{ApiPaths.Segment(milestoneId)}/fund").Returning<ApprovalEnvelope>();

    public static ApiCall<ApprovalEnvelope> Approve(string milestoneId) => ApiRequest.Post($"{ApiPaths.Public}/milestones/{ApiPaths.Segment(milestoneId)}/approve").Returning<ApprovalEnvelope>();
}
