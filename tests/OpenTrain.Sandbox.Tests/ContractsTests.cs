using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

public class ContractsTests
{
    private const string V1 = "/api/public/v1";

    [Test]
    public async Task List_and_get_with_budget()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var (jobId, _, contractId) = await s.HiredAsync(account.Token);

        var list = await s.Api.Get($"{V1}/contracts", account.Token);
        await Assert.That(list["contracts"].AsArray().Count).IsEqualTo(1);
        var entry = list["contracts"][0]!;
        await Assert.That(entry["id"]!.GetValue<string>()).IsEqualTo(contractId);
        await Assert.That(entry["rateUsd"]!.ToJsonString()).IsEqualTo("0.06");
        await Assert.That(entry["hasActiveMilestone"]!.GetValue<bool>()).IsTrue();
        await Assert.That(entry["freelancer"]!["displayName"]!.GetValue<string>()).IsNotEmpty();
        await Assert.That(entry.AsObject().ContainsKey("budget")).IsFalse();

        var detail = (await s.Api.Get($"{V1}/contracts/{contractId}", account.Token))["contract"];
        await Assert.That(detail["budget"]!["state"]!.GetValue<string>()).IsEqualTo("OK");
        await Assert.That(detail["budget"]!["fundedAmountUsd"]!.ToJsonString()).IsEqualTo("300");
        await Assert.That(detail["budget"]!["fundedVolume"]!.ToJsonString()).IsEqualTo("5000");

        await Assert.That((await s.Api.Get($"{V1}/contracts?jobId={jobId}&status=active", account.Token))["contracts"].AsArray().Count).IsEqualTo(1);
        await Assert.That((await s.Api.Get($"{V1}/contracts?status=ended", account.Token))["contracts"].AsArray().Count).IsEqualTo(0);
        var bad = await Expect.Envelope(await s.Api.Get($"{V1}/contracts?status=open", account.Token), 400, "BAD_REQUEST");
        await Assert.That(bad!["field"]!.GetValue<string>()).IsEqualTo("status");
        await Expect.Envelope(await s.Api.Get($"{V1}/contracts?jobId=job_nope", account.Token), 404, "NOT_FOUND");
        await Expect.Envelope(await s.Api.Get($"{V1}/contracts?jobId={jobId}", s.Account().Token), 403, "FORBIDDEN");
        var missing = await Expect.Envelope(await s.Api.Get($"{V1}/contracts/{contractId}", s.Account().Token), 404, "NOT_FOUND");
        await Assert.That(missing!["contractId"]!.GetValue<string>()).IsEqualTo(contractId);
    }

    [Test]
    public async Task Milestone_create_fund_approve_with_human_co_sign()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var (_, _, contractId) = await s.HiredAsync(account.Token);

        var created = await s.Api.Post($"{V1}/contracts/{contractId}/milestones",
            new JsonObject { ["name"] = "Second batch", ["description"] = "Next 5,000", ["volume"] = 5000, ["dueDate"] = "2026-07-15" }, account.Token);
        await Assert.That(created.Status).IsEqualTo(201);
        var milestone = created["milestone"];
        await Assert.That(milestone["status"]!.GetValue<string>()).IsEqualTo("NOT_FUNDED");
        await Assert.That(milestone["amountUsd"]!.ToJsonString()).IsEqualTo("300");
        await Assert.That(milestone["milestoneNumber"]!.GetValue<int>()).IsEqualTo(2);
        await Assert.That(milestone["dueDate"]!.GetValue<string>()).IsEqualTo("2026-07-15T00:00:00.000Z");
        var id = milestone["id"]!.GetValue<string>();

        await Expect.Envelope(await s.Api.Post($"{V1}/milestones/{id}/approve", null, account.Token), 409, "CONFLICT", "milestone_not_funded");

        var fund = await s.Api.Post($"{V1}/milestones/{id}/fund", null, account.Token);
        await Assert.That(fund.Status).IsEqualTo(202);
        await Assert.That(fund["approval"]["type"]!.GetValue<string>()).IsEqualTo("milestone_fund");
        await Assert.That(fund["approval"]["milestoneId"]!.GetValue<string>()).IsEqualTo(id);
        await Assert.That(fund["approval"]["proposalId"]).IsNull();
        await Assert.That(fund["approval"].AsObject().ContainsKey("proposalId")).IsTrue();
        await Assert.That(fund.Str("message")).StartsWith("Funding request recorded.");
        var fundId = fund["approval"]["id"]!.GetValue<string>();
        var again = await s.Api.Post($"{V1}/milestones/{id}/fund", null, account.Token);
        await Assert.That(again["approval"]["id"]!.GetValue<string>()).IsEqualTo(fundId);

        var pending = await s.Api.Get($"{V1}/payments/pending", account.Token);
        await Assert.That(pending["payments"][0]!["status"]!.GetValue<string>()).IsEqualTo("PENDING_FUNDING");
        await Assert.That(pending["payments"][0]!["milestone"]!["id"]!.GetValue<string>()).IsEqualTo(id);
        var contract = (await s.Api.Get($"{V1}/contracts/{contractId}", account.Token))["contract"];
        await Assert.That(contract["milestones"]![1]!["pendingApproval"]!.GetValue<bool>()).IsTrue();

        var confirmed = s.Control.ConfirmApproval(fundId);
        await Assert.That(confirmed["result"]!["invoiceId"]!.GetValue<string>()).IsNotEmpty();
        await Assert.That((await s.Api.Get($"{V1}/payments/pending", account.Token))["payments"].AsArray().Count).IsEqualTo(0);
        await Expect.Envelope(await s.Api.Post($"{V1}/milestones/{id}/fund", null, account.Token), 409, "CONFLICT", "milestone_not_fundable");

        var release = await s.Api.Post($"{V1}/milestones/{id}/approve", null, account.Token);
        await Assert.That(release.Status).IsEqualTo(202);
        await Assert.That(release.Str("message")).StartsWith("Release request recorded.");
        var released = s.Control.ConfirmApproval(release["approval"]["id"]!.GetValue<string>());
        await Assert.That(released["result"]!["payoutTransactionId"]!.GetValue<string>()).IsNotEmpty();
        var after = (await s.Api.Get($"{V1}/contracts/{contractId}", account.Token))["contract"];
        await Assert.That(after["milestones"]![1]!["status"]!.GetValue<string>()).IsEqualTo("PAID");

        var feed = await s.Api.Get($"{V1}/updates?limit=200", account.Token);
        var types = feed["events"].AsArray().Select(e => e!["type"]!.GetValue<string>()).ToList();
        await Assert.That(types.Count(t => t == "payment.pending")).IsEqualTo(1);
        await Assert.That(types.Count(t => t == "milestone.status_changed")).IsEqualTo(4);
    }

    [Test]
    [Arguments("{\"description\":\"\",\"volume\":10}", "description")]
    [Arguments("{\"volume\":10}", "description")]
    [Arguments("{\"description\":\"x\"}", "volume")]
    [Arguments("{\"description\":\"x\",\"volume\":10,\"amountUsd\":1}", "amountUsd")]
    [Arguments("{\"description\":\"x\",\"volume\":-1}", "volume")]
    public async Task Milestone_create_validation(string body, string field)
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var (_, _, contractId) = await s.HiredAsync(account.Token);
        var reply = await s.Api.PostRaw($"{V1}/contracts/{contractId}/milestones", body, "application/json", account.Token);
        var details = await Expect.Envelope(reply, 400, "BAD_REQUEST");
        var named = details!["field"]?.GetValue<string>() ?? details["issues"]![0]!["path"]![0]!.GetValue<string>();
        await Assert.That(named).IsEqualTo(field);
    }

    [Test]
    public async Task Ending_a_contract_with_funded_escrow_needs_co_sign()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var (_, _, contractId) = await s.HiredAsync(account.Token);
        var end = await s.Api.Post($"{V1}/contracts/{contractId}/end", null, account.Token);
        await Assert.That(end.Status).IsEqualTo(202);
        await Assert.That(end["approval"]["type"]!.GetValue<string>()).IsEqualTo("contract_end");
        await Assert.That(end["approval"]["milestoneId"]).IsNull();
        var again = await s.Api.Post($"{V1}/contracts/{contractId}/end", null, account.Token);
        await Assert.That(again["approval"]["id"]!.GetValue<string>()).IsEqualTo(end["approval"]["id"]!.GetValue<string>());
        var done = s.Control.ConfirmApproval(end["approval"]["id"]!.GetValue<string>());
        await Assert.That(done["result"]!["contractEnded"]!.GetValue<bool>()).IsTrue();
        var contract = (await s.Api.Get($"{V1}/contracts/{contractId}", account.Token))["contract"];
        await Assert.That(contract["status"]!.GetValue<string>()).IsEqualTo("ended");
        await Assert.That(contract["endDate"]).IsNotNull();
        await Assert.That(contract["milestones"]!.AsArray().Count).IsEqualTo(0);
        await Expect.Envelope(await s.Api.Post($"{V1}/contracts/{contractId}/end", null, account.Token), 409, "CONFLICT", "contract_ended");
        await Expect.Envelope(await s.Api.Post($"{V1}/contracts/{contractId}/milestones", new JsonObject { ["description"] = "x", ["volume"] = 1 }, account.Token), 409, "CONFLICT", "contract_ended");
    }

    [Test]
    public async Task Ending_a_contract_without_funded_milestones_is_immediate()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var (_, _, contractId) = await s.HiredAsync(account.Token);
        var m1 = (await s.Api.Get($"{V1}/contracts/{contractId}", account.Token))["contract"]["milestones"]![0]!["id"]!.GetValue<string>();
        s.Control.ConfirmApproval((await s.Api.Post($"{V1}/milestones/{m1}/approve", null, account.Token))["approval"]["id"]!.GetValue<string>());
        var end = await s.Api.Post($"{V1}/contracts/{contractId}/end", null, account.Token);
        await Assert.That(end.Status).IsEqualTo(200);
        await Assert.That(end.Raw).IsEqualTo($"{{\"ok\":true,\"contractId\":\"{contractId}\",\"status\":\"ended\"}}");
    }

    [Test]
    public async Task Money_writes_are_gated_by_scope_feature_and_claim()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var (_, _, contractId) = await s.HiredAsync(account.Token);
        var postClaimLike = s.Control.MintToken(["payments:read", "proposals:write"], accountId: account.AccountId).Token;
        var scope = await Expect.Envelope(await s.Api.Post($"{V1}/contracts/{contractId}/end", null, postClaimLike), 403, "FORBIDDEN");
        await Expect.Strings(scope!["requiredScopes"], "payments:write");

        s.Control.UpdateAccount(account.AccountId, claimed: false);
        await Expect.Envelope(await s.Api.Post($"{V1}/contracts/{contractId}/end", null, account.Token), 403, "FORBIDDEN", "account_claim_required");
        s.Control.UpdateSettings(claimRequiredForPaymentWrites: false);
        await Assert.That((await s.Api.Post($"{V1}/contracts/{contractId}/end", null, account.Token)).Status).IsEqualTo(202);

        s.Control.SetFeature("public_api_payments_write", false, account.AccountId);
        var feature = await Expect.Envelope(await s.Api.Post($"{V1}/contracts/{contractId}/end", null, account.Token), 403, "FORBIDDEN");
        await Assert.That(feature!["featureKey"]!.GetValue<string>()).IsEqualTo("public_api_payments_write");
        await Expect.Envelope(await s.Api.Post($"{V1}/milestones/ms_nope/fund", null, s.Account().Token), 404, "NOT_FOUND");
    }

    [Test]
    public async Task Funding_without_a_payment_method_is_409()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var (_, _, contractId) = await s.HiredAsync(account.Token);
        var created = await s.Api.Post($"{V1}/contracts/{contractId}/milestones", new JsonObject { ["description"] = "x", ["volume"] = 100 }, account.Token);
        s.Control.UpdateAccount(account.AccountId, hasPaymentMethod: false);
        await Expect.Envelope(await s.Api.Post($"{V1}/milestones/{created["milestone"]["id"]!.GetValue<string>()}/fund", null, account.Token), 409, "CONFLICT", "payment_method_required");
    }

    [Test]
    public async Task Usage_moves_the_budget_state_and_fires_an_event()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var (_, _, contractId) = await s.HiredAsync(account.Token);
        var budget = s.Control.RecordUsage(contractId, labels: 4500);
        await Assert.That(budget["state"]!.GetValue<string>()).IsEqualTo("LOW");
        var feed = await s.Api.Get($"{V1}/updates?limit=200", account.Token);
        var last = feed["events"].AsArray()[^1]!;
        await Assert.That(last["type"]!.GetValue<string>()).IsEqualTo("contract.budget_state_changed");
        await Assert.That(last["data"]!["previousState"]!.GetValue<string>()).IsEqualTo("OK");
        await Assert.That(last["data"]!["consumedFraction"]!.ToJsonString()).IsEqualTo("0.9");
    }
}
