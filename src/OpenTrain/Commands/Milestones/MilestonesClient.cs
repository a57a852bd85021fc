using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Milestones;

/// <summary>Milestones: create (on a contract, unfunded), and the co-signed fund and approve requests.</summary>
internal sealed class MilestonesClient(ApiConnection connection)
{
    public Task<ApiResponse<MilestoneResponse>> CreateAsync(string contractId, CreateMilestoneRequest body, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Public}/contracts/{ApiPaths.Segment(contractId)}/milestones", body, OpenTrainJson.Context.CreateMilestoneRequest),
            OpenTrainJson.Context.MilestoneResponse, cancellationToken);

    public Task<ApiResponse<ApprovalEnvelope>> FundAsync(string milestoneId, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Post($"{ApiPaths.Public}/milestones/{ApiPaths.Segment(milestoneId)}/fund"),
            OpenTrainJson.Context.ApprovalEnvelope, cancellationToken);

    public Task<ApiResponse<ApprovalEnvelope>> ApproveAsync(string milestoneId, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Post($"{ApiPaths.Public}/milestones/{ApiPaths.Segment(milestoneId)}/approve"),
            OpenTrainJson.Context.ApprovalEnvelope, cancellationToken);
}
