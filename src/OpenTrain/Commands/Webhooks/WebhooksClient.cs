using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Webhooks;

/// <summary><c>/webhooks</c>: create (returns the signing secret once), list, get, delete.</summary>
internal sealed class WebhooksClient(ApiConnection connection)
{
    public Task<ApiResponse<WebhookCreated>> CreateAsync(CreateWebhookRequest body, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Public}/webhooks", body, OpenTrainJson.Context.CreateWebhookRequest),
            OpenTrainJson.Context.WebhookCreated, cancellationToken);

    public Task<ApiResponse<WebhookListResponse>> ListAsync(CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Get($"{ApiPaths.Public}/webhooks"), OpenTrainJson.Context.WebhookListResponse, cancellationToken);

    public Task<ApiResponse<WebhookResponse>> GetAsync(string webhookId, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Get(Path(webhookId)), OpenTrainJson.Context.WebhookResponse, cancellationToken);

    public Task<ApiResponse<WebhookResponse>> DeleteAsync(string webhookId, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Delete(Path(webhookId)), OpenTrainJson.Context.WebhookResponse, cancellationToken);

    private static string Path(string webhookId) => $"{ApiPaths.Public}/webhooks/{ApiPaths.Segment(webhookId)}";
}
