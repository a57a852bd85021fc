using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Commands.Contracts;

/// <summary><c>/contracts</c>: list, get, end.</summary>
internal static class ContractsRequests
{
    public static ApiCall<ContractListResponse> List(string? jobId, string? status) => ApiRequest.Get($"{ApiPaths.Public}/contracts", new("jobId", jobId), new("status", status)).Returning<ContractListResponse>();

    public static ApiCall<ContractResponse> Get(string contractId) => ApiRequest.Get($"{ApiPaths.Public}/contracts/{ApiPaths.Segment(contractId)}").Returning<ContractResponse>();

    /// <summary>200 when it ended at once; 202 with an approval when funded milestones need a human.</summary>
    public static ApiCall<ContractEndResponse> End(string contractId) => ApiRequest.Post($"{ApiPaths.Public}/contracts/{ApiPaths.Segment(contractId)}/end").Returning<ContractEndResponse>();
}
