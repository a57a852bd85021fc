using System.Globalization;
using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Credits;

/// <summary><c>/credits</c>: balance, ledger, and top-ups (a checkout link a human pays).</summary>
internal sealed class CreditsClient(ApiConnection connection)
{
    public Task<ApiResponse<CreditsResponse>> GetBalanceAsync(CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Get($"{ApiPaths.Public}/credits"), OpenTrainJson.Context.CreditsResponse, cancellationToken);

    public Task<ApiResponse<LedgerPage>> GetLedgerAsync(int? limit, string? cursor, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Get($"{ApiPaths.Public}/credits/ledger", new("limit", limit?.ToString(CultureInfo.InvariantCulture)), new("cursor", cursor)),
            OpenTrainJson.Context.LedgerPage, cancellationToken);

    public Task<ApiResponse<TopUpCreated>> CreateTopUpAsync(double amountUsd, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Public}/credits/top-ups", new CreateTopUpRequest(amountUsd), OpenTrainJson.Context.CreateTopUpRequest),
            OpenTrainJson.Context.TopUpCreated, cancellationToken);

    public Task<ApiResponse<TopUpResponse>> GetTopUpAsync(string topUpId, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Get($"{ApiPaths.Public}/credits/top-ups/{ApiPaths.Segment(topUpId)}"),
            OpenTrainJson.Context.TopUpResponse, cancellationToken);
}
