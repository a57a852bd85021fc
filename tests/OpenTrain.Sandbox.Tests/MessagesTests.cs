using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

public class MessagesTests
{
    private const string V1 = "/api/public/v1";

    private static async Task<(Scenario S, string Token, string ProposalId, string ConversationId)> ThreadAsync()
    {
        var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.PublishedJobAsync(account.Token);
        var proposalId = await s.FirstProposalAsync(account.Token, jobId);
        var thread = await s.Api.Post($"{V1}/proposals/{proposalId}/conversation", null, account.Token);
        return (s, account.Token, proposalId, thread.Str("conversationId"));
    }

    [Test]
    public async Task Start_thread_is_get_or_create()
    {
        var (s, token, proposalId, conversationId) = await ThreadAsync();
        await using var _ = s;
        var again = await s.Api.Post($"{V1}/proposals/{proposalId}/conversation", null, token);
        await Assert.That(again.Status).IsEqualTo(200);
        await Assert.That(again["created"].GetValue<bool>()).IsFalse();
        await Assert.That(again.Str("conversationId")).IsEqualTo(conversationId);
        await Assert.That(conversationId).StartsWith("conv_");
    }

    [Test]
    public async Task Send_list_read_and_candidate_replies()
    {
        var (s, token, proposalId, conversationId) = await ThreadAsync();
        await using var _ = s;
        var sent = await s.Api.Post($"{V1}/messages", new JsonObject { ["conversationId"] = conversationId, ["content"] = "Hi — your interview looked great." }, token);
        await Assert.That(sent.Status).IsEqualTo(201);
        await Assert.That(sent["message"]["isFromViewer"]!.GetValue<bool>()).IsTrue();
        await Assert.That(sent["message"]["content"]!.GetValue<string>()).IsEqualTo("Hi — your interview looked great.");
        s.Control.CandidateMessage(conversationId, "Thanks — I can start Monday.");

        var list = await s.Api.Get($"{V1}/messages", token);
        var conversation = list["conversations"][0]!;
        await Assert.That(conversation["bucket"]!.GetValue<string>()).IsEqualTo("proposal");
        await Assert.That(conversation["proposalId"]!.GetValue<string>()).IsEqualTo(proposalId);
        await Assert.That(conversation["unreadCount"]!.GetValue<int>()).IsEqualTo(1);
        await Assert.That(conversation["needsReplyCount"]!.GetValue<int>()).IsEqualTo(1);
        await Assert.That(conversation["lastMessage"]!["isFromViewer"]!.GetValue<bool>()).IsFalse();
        await Assert.That((await s.Api.Get($"{V1}/messages?unreadOnly=true", token))["conversations"].AsArray().Count).IsEqualTo(1);
        await Assert.That((await s.Api.Get($"{V1}/messages?filter=job", token))["conversations"].AsArray().Count).IsEqualTo(0);

        var older = await s.Api.Get($"{V1}/messages?conversationId={conversationId}&limit=1", token);
        await Assert.That(older["messages"][0]!["content"]!.GetValue<string>()).IsEqualTo("Thanks — I can start Monday.");
        var rest = await s.Api.Get($"{V1}/messages?conversationId={conversationId}&limit=1&cursor={older.Str("nextCursor")}", token);
        await Assert.That(rest["messages"][0]!["isFromViewer"]!.GetValue<bool>()).IsTrue();
        var newer = await s.Api.Get($"{V1}/messages?conversationId={conversationId}&direction=newer", token);
        await Assert.That(newer["messages"][0]!["isFromViewer"]!.GetValue<bool>()).IsTrue();

        var feed = await s.Api.Get($"{V1}/updates?limit=200", token);
        var received = feed["events"].AsArray().Last()!;
        await Assert.That(received["type"]!.GetValue<string>()).IsEqualTo("message.received");
        await Assert.That(received["data"]!["conversationId"]!.GetValue<string>()).IsEqualTo(conversationId);
    }

    [Test]
    public async Task Send_errors()
    {
        var (s, token, _, conversationId) = await ThreadAsync();
        await using var _ = s;
        await Expect.Envelope(await s.Api.Post($"{V1}/messages", new JsonObject { ["conversationId"] = conversationId, ["content"] = "" }, token), 400, "BAD_REQUEST");
        await Expect.Envelope(await s.Api.Post($"{V1}/messages", new JsonObject { ["conversationId"] = conversationId, ["content"] = new string('a', 10_001) }, token), 400, "BAD_REQUEST");
        await Expect.Envelope(await s.Api.Post($"{V1}/messages", new JsonObject { ["conversationId"] = "conv_nope", ["content"] = "hi" }, token), 404, "NOT_FOUND");
        var policy = await Expect.Envelope(await s.Api.Post($"{V1}/messages", new JsonObject { ["conversationId"] = conversationId, ["content"] = "mail me at a@b.com" }, token), 403, "FORBIDDEN", "message_policy_blocked");
        await Assert.That(policy!["policy"]).IsNotNull();
        await Expect.Envelope(await s.Api.Post($"{V1}/messages", new JsonObject { ["conversationId"] = conversationId, ["content"] = "message-block" }, token), 409, "CONFLICT", "message_blocked");
        await Expect.Envelope(await s.Api.Post($"{V1}/messages", new JsonObject { ["conversationId"] = conversationId, ["content"] = "hi" }, s.Account().Token), 403, "FORBIDDEN");
        await Expect.Envelope(await s.Api.Get($"{V1}/messages?limit=0", token), 400, "BAD_REQUEST");
        await Expect.Envelope(await s.Api.Get($"{V1}/messages?filter=spam", token), 400, "BAD_REQUEST");
    }

    [Test]
    public async Task Messaging_writes_need_a_claimed_account_and_messages_write()
    {
        await using var s = await Scenario.StartAsync();
        var unclaimed = s.UnclaimedAccount();
        var jobId = await s.PublishedJobAsync(unclaimed.Token);
        var proposalId = await s.FirstProposalAsync(unclaimed.Token, jobId);
        await Expect.Envelope(await s.Api.Post($"{V1}/proposals/{proposalId}/conversation", null, unclaimed.Token), 403, "FORBIDDEN", "account_claim_required");
        var preClaimScopes = s.Control.MintToken(["jobs:read", "messages:read"], accountId: unclaimed.AccountId).Token;
        var details = await Expect.Envelope(await s.Api.Post($"{V1}/proposals/{proposalId}/conversation", null, preClaimScopes), 403, "FORBIDDEN");
        await Expect.Strings(details!["requiredScopes"], "messages:write");
        await Assert.That((await s.Api.Get($"{V1}/messages", preClaimScopes)).Status).IsEqualTo(200);
    }

    [Test]
    public async Task The_job_dm_of_an_ended_contract_is_read_only()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var (_, _, contractId) = await s.HiredAsync(account.Token);
        var dm = (await s.Api.Get($"{V1}/contracts/{contractId}", account.Token))["contract"]["jobDmConversationId"]!.GetValue<string>();
        await Assert.That((await s.Api.Post($"{V1}/messages", new JsonObject { ["conversationId"] = dm, ["content"] = "Welcome!" }, account.Token)).Status).IsEqualTo(201);
        s.Control.ConfirmApproval((await s.Api.Post($"{V1}/contracts/{contractId}/end", null, account.Token))["approval"]["id"]!.GetValue<string>());
        await Expect.Envelope(await s.Api.Post($"{V1}/messages", new JsonObject { ["conversationId"] = dm, ["content"] = "Bye" }, account.Token), 409, "CONFLICT", "read_only_conversation");
    }
}
