using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Commands.Webhooks;

/// <summary><c>/webhooks</c>: create (returns the signing secret once), list, get, delete.</summary>
internal static class WebhooksRequests
{
    public static ApiCall<WebhookCreated> Create(CreateWebhookRequest body) => ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Public}/webhooks", body, OpenTrainJson.Context.CreateWebhookRequest).Returning<WebhookCreated>();

    public static ApiCall<WebhookListResponse> List() => ApiRequest.Get($"{ApiPaths.Public}/webhooks").Returning<WebhookListResponse>();

    public static ApiCall<WebhookResponse> Get(string webhookId) => ApiRequest.Get(Path(webhookId)).Returning<WebhookResponse>();

    public static ApiCall<WebhookResponse> Delete(string webhookId) => ApiRequest.Delete(Path(webhookId)).Returning<WebhookResponse>();

    private static string Path(string webhookId) => $"{ApiPaths.Public}/webhooks/{ApiPaths.Segment(webhookId)}";
}
