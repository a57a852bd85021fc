using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

public class HireApprovalsTests
{
    private static async Task<(Scenario S, Control.SandboxAccount Account, string JobId, string ProposalId)> ReadyAsync()
    {
        var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.PublishedJobAsync(account.Token);
        return (s, account, jobId, await s.FirstProposalAsync(account.Token, jobId));
    }

    private static async Task<List<string>> EventTypesAsync(Scenario s, string token) =>
        (await s.Api.Get("/api/public/v1/updates?limit=200", token))["events"].AsArray().Select(e => e!["type"]!.GetValue<string>()).ToList();

    [Test]
    public async Task Hire_returns_a_pending_approval_and_same_terms_return_it_again()
    {
        var (s, account, jobId, proposalId) = await ReadyAsync();
        await using var _ = s;
        var reply = await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), account.Token);
        await Assert.That(reply.Status).IsEqualTo(202);
        var approval = reply["approval"];
        await Assert.That(approval["type"]!.GetValue<string>()).IsEqualTo("proposal_hire");
        await Assert.That(approval["status"]!.GetValue<string>()).IsEqualTo("pending");
        await Assert.That(approval["contractId"]).IsNull();
        await Assert.That(approval["milestoneId"]).IsNull();
        await Assert.That(approval["jobId"]!.GetValue<string>()).IsEqualTo(jobId);
        await Assert.That(approval["proposalId"]!.GetValue<string>()).IsEqualTo(proposalId);
        var id = approval["id"]!.GetValue<string>();
        await Assert.That(approval["approvalUrl"]!.GetValue<string>()).IsEqualTo($"{s.Host.BaseUrl}/approvals/{id}");
        var created = DateTimeOffset.Parse(approval["createdAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var expires = DateTimeOffset.Parse(approval["expiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        await Assert.That(expires - created).IsEqualTo(TimeSpan.FromHours(72));
        await Assert.That(reply.Str("message")).StartsWith("Hire request recorded.");

        var again = await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), account.Token);
        await Assert.That(again.Status).IsEqualTo(202);
        await Assert.That(again["approval"]["id"]!.GetValue<string>()).IsEqualTo(id);
    }

    [Test]
    public async Task Different_terms_supersede_the_pending_approval()
    {
        var (s, account, _, proposalId) = await ReadyAsync();
        await using var _ = s;
        var first = await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(300), account.Token);
        var second = await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(450), account.Token);
        var firstId = first["approval"]["id"]!.GetValue<string>();
        await Assert.That(second["approval"]["id"]!.GetValue<string>()).IsNotEqualTo(firstId);
        var old = await s.Api.Get($"/api/public/v1/approvals/{firstId}", account.Token);
        await Assert.That(old["approval"]["status"]!.GetValue<string>()).IsEqualTo("expired");
        await Assert.That(old["approval"]["resolvedAt"]).IsNotNull();
    }

    [Test]
    public async Task Confirmed_hire_creates_a_contract_and_appends_events()
    {
        var (s, account, jobId, proposalId) = await ReadyAsync();
        await using var _ = s;
        var reply = await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), account.Token);
        var id = reply["approval"]["id"]!.GetValue<string>();
        s.Control.ConfirmApproval(id);

        var approval = (await s.Api.Get($"/api/public/v1/approvals/{id}", account.Token))["approval"];
        await Assert.That(approval["status"]!.GetValue<string>()).IsEqualTo("confirmed");
        await Assert.That(approval["result"]!["hired"]!.GetValue<bool>()).IsTrue();
        var contractId = approval["result"]!["contractId"]!.GetValue<string>();
        await Assert.That(approval["contractId"]!.GetValue<string>()).IsEqualTo(contractId);
        await Assert.That(approval["result"]!["jobId"]!.GetValue<string>()).IsEqualTo(jobId);

        var contract = (await s.Api.Get($"/api/public/v1/contracts/{contractId}", account.Token))["contract"];
        await Assert.That(contract["status"]!.GetValue<string>()).IsEqualTo("active");
        await Assert.That(contract["proposalId"]!.GetValue<string>()).IsEqualTo(proposalId);
        await Assert.That(contract["paymentType"]!.GetValue<string>()).IsEqualTo("PAY_PER_LABEL");
        await Assert.That(contract["milestones"]![0]!["status"]!.GetValue<string>()).IsEqualTo("ACTIVE_FUNDED");
        await Assert.That(contract["milestones"]![0]!["dueDate"]!.GetValue<string>()).IsEqualTo("2026-07-01T00:00:00.000Z");
        await Assert.That(contract["jobDmConversationId"]!.GetValue<string>()).IsNotEmpty();

        var proposal = await s.Api.Get($"/api/public/v1/proposals/{proposalId}", account.Token);
        await Assert.That(proposal["proposal"]["status"]!["raw"]!.GetValue<string>()).IsEqualTo("HIRED");

        var types = await EventTypesAsync(s, account.Token);
        await Assert.That(string.Join(",", types.Skip(3))).IsEqualTo("proposal.status_changed,contract.created,milestone.status_changed,approval.confirmed");
    }

    [Test]
    public async Task Declined_hire_executes_nothing_and_reports_declined()
    {
        var (s, account, _, proposalId) = await ReadyAsync();
        await using var _ = s;
        var reply = await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), account.Token);
        var id = reply["approval"]["id"]!.GetValue<string>();
        s.Control.DeclineApproval(id);
        var feed = await s.Api.Get("/api/public/v1/updates?limit=200", account.Token);
        var last = feed["events"].AsArray()[^1]!;
        await Assert.That(last["type"]!.GetValue<string>()).IsEqualTo("approval.confirmed");
        await Assert.That(last["data"]!["status"]!.GetValue<string>()).IsEqualTo("declined");
        await Assert.That(last["data"]!["approvalId"]!.GetValue<string>()).IsEqualTo(id);
        await Assert.That((await s.Api.Get("/api/public/v1/contracts", account.Token))["contracts"].AsArray().Count).IsEqualTo(0);
        await Assert.That(() => s.Control.ConfirmApproval(id)).Throws<Control.ControlException>();
    }

    [Test]
    public async Task Pending_approval_expires_lazily_after_72_hours()
    {
        var (s, account, _, proposalId) = await ReadyAsync();
        await using var _ = s;
        var reply = await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), account.Token);
        var id = reply["approval"]["id"]!.GetValue<string>();
        s.Control.AdvanceTime(TimeSpan.FromHours(71));
        await Assert.That((await s.Api.Get($"/api/public/v1/approvals/{id}", account.Token))["approval"]["status"]!.GetValue<string>()).IsEqualTo("pending");
        s.Control.AdvanceTime(TimeSpan.FromHours(1));
        var expired = await s.Api.Get($"/api/public/v1/approvals/{id}", account.Token);
        await Assert.That(expired["approval"]["status"]!.GetValue<string>()).IsEqualTo("expired");
        var types = await EventTypesAsync(s, account.Token);
        await Assert.That(types[^1]).IsEqualTo("approval.confirmed");
        var fresh = await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), account.Token);
        await Assert.That(fresh["approval"]["id"]!.GetValue<string>()).IsNotEqualTo(id);
    }

    [Test]
    public async Task Hire_gates_scope_feature_claim_and_payment_method()
    {
        var (s, account, jobId, proposalId) = await ReadyAsync();
        await using var _ = s;
        var readOnly = s.Control.MintToken(["proposals:read"], accountId: account.AccountId).Token;
        var scope = await Expect.Envelope(await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), readOnly), 403, "FORBIDDEN");
        await Expect.Strings(scope!["requiredScopes"], "proposals:write");

        s.Control.UpdateAccount(account.AccountId, hasPaymentMethod: false);
        var pay = await Expect.Envelope(await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), account.Token), 409, "CONFLICT", "payment_method_required");
        await Assert.That(pay!["billingUrl"]!.GetValue<string>()).IsNotEmpty();

        s.Control.UpdateAccount(account.AccountId, claimed: false);
        await Expect.Envelope(await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), account.Token), 403, "FORBIDDEN", "account_claim_required");

        s.Control.SetFeature("public_api_hiring", false, account.AccountId);
        var feature = await Expect.Envelope(await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), account.Token), 403, "FORBIDDEN");
        await Assert.That(feature!["featureKey"]!.GetValue<string>()).IsEqualTo("public_api_hiring");
        await Assert.That(jobId).IsNotEmpty();
    }

    [Test]
    public async Task Credits_can_stand_in_for_a_card()
    {
        var (s, account, _, proposalId) = await ReadyAsync();
        await using var _ = s;
        s.Control.UpdateAccount(account.AccountId, hasPaymentMethod: false, addCreditsCents: 50_000);
        var reply = await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(300), account.Token);
        await Assert.That(reply.Status).IsEqualTo(202);
        s.Control.ConfirmApproval(reply["approval"]["id"]!.GetValue<string>());
        var credits = (await s.Api.Get("/api/public/v1/credits", account.Token))["credits"];
        await Assert.That(credits["availableCents"]!.GetValue<long>()).IsEqualTo(20_000);
        await Assert.That(credits["reservedCents"]!.GetValue<long>()).IsEqualTo(30_000);
        await Assert.That(credits["recentEntries"]![0]!["type"]!.GetValue<string>()).IsEqualTo("HOLD");
        await Assert.That(credits["recentEntries"]![0]!["amountCents"]!.GetValue<long>()).IsEqualTo(-30_000);
    }

    [Test]
    [Arguments("{}")]
    [Arguments("{\"milestone\":{\"amount\":300}}")]
    [Arguments("{\"milestone\":{\"name\":\"x\"}}")]
    [Arguments("{\"milestone\":{\"name\":\"x\",\"amount\":-1}}")]
    [Arguments("{\"milestone\":{\"name\":\"x\",\"amount\":\"300\"}}")]
    [Arguments("{\"milestone\":{\"name\":\"x\",\"amount\":300,\"dueDate\":\"soon\"}}")]
    public async Task Invalid_hire_bodies_are_400(string body)
    {
        var (s, account, _, proposalId) = await ReadyAsync();
        await using var _ = s;
        var details = await Expect.Envelope(await s.Api.PostRaw($"/api/public/v1/proposals/{proposalId}/hire", body, "application/json", account.Token), 400, "BAD_REQUEST");
        await Assert.That(details!["issues"]!.AsArray().Count).IsGreaterThan(0);
    }

    [Test]
    public async Task Hiring_a_hired_proposal_is_409()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var (_, proposalId, _) = await s.HiredAsync(account.Token);
        await Expect.Envelope(await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), account.Token), 409, "CONFLICT", "proposal_already_hired");
    }

    [Test]
    public async Task Approvals_of_other_accounts_are_404()
    {
        var (s, account, _, proposalId) = await ReadyAsync();
        await using var _ = s;
        var reply = await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), account.Token);
        var id = reply["approval"]["id"]!.GetValue<string>();
        var details = await Expect.Envelope(await s.Api.Get($"/api/public/v1/approvals/{id}", s.Account().Token), 404, "NOT_FOUND");
        await Assert.That(details!["resource"]!.GetValue<string>()).IsEqualTo("approvals");
        await Assert.That(details["approvalId"]!.GetValue<string>()).IsEqualTo(id);
    }
}
