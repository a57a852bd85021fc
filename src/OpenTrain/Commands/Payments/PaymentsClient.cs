using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Payments;

/// <summary><c>GET /payments/pending</c>: incomplete invoices, read-only.</summary>
internal sealed class PaymentsClient(ApiConnection connection)
{
    public Task<ApiResponse<PendingPaymentsResponse>> ListPendingAsync(CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Get($"{ApiPaths.Public}/payments/pending"), OpenTrainJson.Context.PendingPaymentsResponse, cancellationToken);
}
