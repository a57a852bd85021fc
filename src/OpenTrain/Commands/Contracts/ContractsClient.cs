using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Contracts;

/// <summary><c>/contracts</c>: list, get, end.</summary>
internal sealed class ContractsClient(ApiConnection connection)
{
    public Task<ApiResponse<ContractListResponse>> ListAsync(string? jobId, string? status, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Get($"{ApiPaths.Public}/contracts", new("jobId", jobId), new("status", status)),
            OpenTrainJson.Context.ContractListResponse, cancellationToken);

    public Task<ApiResponse<ContractResponse>> GetAsync(string contractId, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Get($"{ApiPaths.Public}/contracts/{ApiPaths.Segment(contractId)}"),
            OpenTrainJson.Context.ContractResponse, cancellationToken);

    /// <summary>200 when it ended at once; 202 with an approval when funded milestones need a human.</summary>
    public Task<ApiResponse<ContractEndResponse>> EndAsync(string contractId, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Post($"{ApiPaths.Public}/contracts/{ApiPaths.Segment(contractId)}/end"),
            OpenTrainJson.Context.ContractEndResponse, cancellationToken);
}
