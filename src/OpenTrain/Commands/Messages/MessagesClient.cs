using OpenTrain.Cli;
using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Messages;

/// <summary>Conversations and messages: the only place these requests are built.</summary>
internal sealed class MessagesClient(ApiConnection connection)
{
    private static OpenTrainJsonContext Json => OpenTrainJson.Context;

    private const string Messages = $"{ApiPaths.Public}/messages";

    public Task<ApiResponse<ConversationListResponse>> ListConversationsAsync(string? filter, bool unreadOnly, PageOptions page, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Get(Messages, [new("filter", filter), new("unreadOnly", unreadOnly ? "true" : null), .. page.Query]),
            Json.ConversationListResponse, cancellationToken);

    public Task<ApiResponse<MessagePage>> ReadAsync(string conversationId, string? direction, PageOptions page, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Get(Messages, [new("conversationId", conversationId), .. page.Query, new("direction", direction)]),
            Json.MessagePage, cancellationToken);

    public Task<ApiResponse<SendMessageResponse>> SendAsync(string conversationId, string content, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Json(HttpMethod.Post, Messages, new SendMessageRequest(conversationId, content), Json.SendMessageRequest),
            Json.SendMessageResponse, cancellationToken);

    public Task<ApiResponse<StartConversationResponse>> StartProposalThreadAsync(string proposalId, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Post($"{ApiPaths.Public}/proposals/{ApiPaths.Segment(proposalId)}/conversation"),
            Json.StartConversationResponse, cancellationToken);
}
