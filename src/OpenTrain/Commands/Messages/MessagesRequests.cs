using OpenTrain.Toolkit;
using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Commands.Messages;

/// <summary>Conversations and messages: the only place these requests are built.</summary>
internal static class MessagesRequests
{
    private static OpenTrainJsonContext Json => OpenTrainJson.Context;

    private const string Messages = $"{ApiPaths.Public}/messages";

    public static ApiCall<ConversationListResponse> ListConversations(string? filter, bool unreadOnly, PageOptions page) => ApiRequest.Get(Messages, [new("filter", filter), new("unreadOnly", unreadOnly ? "true" : null), .. page.Query]).Returning<ConversationListResponse>();

    public static ApiCall<MessagePage> Read(string conversationId, string? direction, PageOptions page) => ApiRequest.Get(Messages, [new("conversationId", conversationId), .. page.Query, new("direction", direction)]).Returning<MessagePage>();

    public static ApiCall<SendMessageResponse> Send(string conversationId, string content) => ApiRequest.Json(HttpMethod.Post, Messages, new SendMessageRequest(conversationId, content), Json.SendMessageRequest).Returning<SendMessageResponse>();

    public static ApiCall<StartConversationResponse> StartProposalThread(string proposalId) => ApiRequest.Post($"{ApiPaths.Public}/proposals/{ApiPaths.Segment(proposalId)}/conversation").Returning<StartConversationResponse>();
}
