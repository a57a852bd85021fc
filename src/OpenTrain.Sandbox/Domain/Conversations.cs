using System.Text.Json.Nodes;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Domain;

/// <summary>Conversation creation and message posting shared by the API and the control surface.</summary>
public static class Conversations
{
    /// <summary>Get-or-create the pre-hire thread of a proposal; <c>created</c> tells which.</summary>
    public static (Conversation Conversation, bool Created) ProposalThread(SandboxState state, Proposal proposal)
    {
        if (state.Conversations.Find(proposal.ConversationId) is { } existing) return (existing, false);
        var conversation = state.Conversations.Add(new Conversation
        {
            Id = state.NewId("conv"), AccountId = proposal.AccountId, Bucket = "proposal", ProposalId = proposal.Id,
            FreelancerId = proposal.FreelancerId, CreatedAt = state.Now, UpdatedAt = state.Now,
        });
        proposal.ConversationId = conversation.Id;
        return (conversation, true);
    }

    public static ChatMessage Post(SandboxState state, Conversation conversation, bool fromEmployer, string content)
    {
        var account = state.Accounts.Find(conversation.AccountId)!;
        var message = new ChatMessage
        {
            Id = state.NewId("msg"),
            ConversationId = conversation.Id,
            SenderUserId = fromEmployer ? account.OwnerUserId : conversation.FreelancerId,
            FromEmployer = fromEmployer,
            Content = content,
            CreatedAt = state.Now,
            Read = fromEmployer,
        };
        conversation.Messages.Add(message);
        conversation.UpdatedAt = state.Now;
        if (!fromEmployer)
            state.AppendEvent(account.Id, EventTypes.MessageReceived, message.Id, conversation.JobId,
                new JsonObject { ["conversationId"] = conversation.Id, ["messageId"] = message.Id });
        return message;
    }
}
