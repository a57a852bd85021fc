using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Commands.Payments;

/// <summary><c>GET /payments/pending</c>: incomplete invoices, read-only.</summary>
internal static class PaymentsRequests
{
    public static ApiCall<PendingPaymentsResponse> ListPending() => ApiRequest.Get($"{ApiPaths.Public}/payments/pending").Returning<PendingPaymentsResponse>();
}
