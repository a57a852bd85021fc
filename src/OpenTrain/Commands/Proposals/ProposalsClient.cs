using OpenTrain.Cli;
using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Proposals;

/// <summary>Proposals on your jobs and hire requests: the only place these requests are built.</summary>
internal sealed class ProposalsClient(ApiConnection connection)
{
    private static OpenTrainJsonContext Json => OpenTrainJson.Context;

    private static string Proposal(string id) => $"{ApiPaths.Public}/proposals/{ApiPaths.Segment(id)}";

    public Task<ApiResponse<ProposalListResponse>> ListAsync(string jobId, string? status, PageOptions page, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Get($"{ApiPaths.Public}/jobs/{ApiPaths.Segment(jobId)}/proposals", [new("status", status), .. page.Query]),
            Json.ProposalListResponse, cancellationToken);

    public Task<ApiResponse<ProposalEnvelope>> GetAsync(string proposalId, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Get(Proposal(proposalId)), Json.ProposalEnvelope, cancellationToken);

    public Task<ApiResponse<ApprovalEnvelope>> HireAsync(string proposalId, HireProposalRequest request, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Json(HttpMethod.Post, $"{Proposal(proposalId)}/hire", request, Json.HireProposalRequest),
            Json.ApprovalEnvelope, cancellationToken);
}
