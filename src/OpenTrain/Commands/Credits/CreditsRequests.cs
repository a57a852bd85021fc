using OpenTrain.Toolkit;
using System.Globalization;
using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Commands.Credits;

/// <summary><c>/credits</c>: balance, ledger, and top-ups (a checkout link a human pays).</summary>
internal static class CreditsRequests
{
    public static ApiCall<CreditsResponse> GetBalance() => ApiRequest.Get($"{ApiPaths.Public}/credits").Returning<CreditsResponse>();

    public static ApiCall<LedgerPage> GetLedger(PageOptions page) => ApiRequest.Get($"{ApiPaths.Public}/credits/ledger", [.. page.Query]).Returning<LedgerPage>();

    public static ApiCall<TopUpCreated> CreateTopUp(decimal amountUsd) => ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Public}/credits/top-ups", new CreateTopUpRequest(amountUsd), OpenTrainJson.Context.CreateTopUpRequest).Returning<TopUpCreated>();

    public static ApiCall<TopUpResponse> GetTopUp(string topUpId) => ApiRequest.Get($"{ApiPaths.Public}/credits/top-ups/{ApiPaths.Segment(topUpId)}").Returning<TopUpResponse>();
}
