using OpenTrain.Toolkit;
using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Commands.Proposals;

/// <summary>Proposals on your jobs and hire requests: the only place these requests are built.</summary>
internal static class ProposalsRequests
{
    private static OpenTrainJsonContext Json => OpenTrainJson.Context;

    private static string Proposal(string id) => $"{ApiPaths.Public}/proposals/{ApiPaths.Segment(id)}";

    public static ApiCall<ProposalListResponse> List(string jobId, string? status, PageOptions page) => ApiRequest.Get($"{ApiPaths.Public}/jobs/{ApiPaths.Segment(jobId)}/proposals", [new("status", status), .. page.Query]).Returning<ProposalListResponse>();

    public static ApiCall<ProposalEnvelope> Get(string proposalId) => ApiRequest.Get(Proposal(proposalId)).Returning<ProposalEnvelope>();

    public static ApiCall<ProposalInterviewEnvelope> Interview(string proposalId) => ApiRequest.Get($"{Proposal(proposalId)}/interview").Returning<ProposalInterviewEnvelope>();

    public static ApiCall<ApprovalEnvelope> Hire(string proposalId, HireProposalRequest request) => ApiRequest.Json(HttpMethod.Post, $"{Proposal(proposalId)}/hire", request, Json.HireProposalRequest).Returning<ApprovalEnvelope>();
}
