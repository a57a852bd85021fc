using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

public class ProposalsTests
{
    [Test]
    public async Task List_is_newest_first_paged_by_proposal_id_and_filterable()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.PublishedJobAsync(account.Token);
        var all = await s.Api.Get($"/api/public/v1/jobs/{jobId}/proposals", account.Token);
        var ids = all["proposals"].AsArray().Select(p => p!["id"]!.GetValue<string>()).ToList();
        var first = all["proposals"][0]!;
        await Assert.That(first["status"]!["raw"]!.GetValue<string>()).IsEqualTo("UNREVIEWED");
        await Assert.That(first["status"]!["label"]!.GetValue<string>()).IsEqualTo("Unreviewed");
        await Assert.That(first["bid"]!["unit"]!.GetValue<string>()).IsEqualTo("PER_LABEL");
        await Assert.That(first["candidate"]!["displayName"]!.GetValue<string>()).Matches("^[A-Z][a-z]+ [A-Z]\\.$");
        await Assert.That(first.ToJsonString()).DoesNotContain("email");

        var page = await s.Api.Get($"/api/public/v1/jobs/{jobId}/proposals?limit=2", account.Token);
        await Assert.That(page.Str("nextCursor")).IsEqualTo(ids[1]);
        var rest = await s.Api.Get($"/api/public/v1/jobs/{jobId}/proposals?limit=2&cursor={ids[1]}", account.Token);
        await Assert.That(rest["proposals"][0]!["id"]!.GetValue<string>()).IsEqualTo(ids[2]);

        var notAFit = await s.Api.Get($"/api/public/v1/jobs/{jobId}/proposals?status=not-a%20fit", account.Token);
        await Assert.That(notAFit.Status).IsEqualTo(200);
        await Assert.That(notAFit["proposals"].AsArray().Count).IsEqualTo(0);
        var unreviewed = await s.Api.Get($"/api/public/v1/jobs/{jobId}/proposals?status=unreviewed", account.Token);
        await Assert.That(unreviewed["proposals"].AsArray().Count).IsEqualTo(3);
    }

    [Test]
    public async Task Another_accounts_job_is_403_and_unknown_job_404()
    {
        await using var s = await Scenario.StartAsync();
        var owner = s.Account();
        var jobId = await s.PublishedJobAsync(owner.Token);
        var other = s.Account();
        await Expect.Envelope(await s.Api.Get($"/api/public/v1/jobs/{jobId}/proposals", other.Token), 403, "FORBIDDEN");
        await Expect.Envelope(await s.Api.Get("/api/public/v1/jobs/job_x/proposals", other.Token), 404, "NOT_FOUND");
        var bad = await Expect.Envelope(await s.Api.Get($"/api/public/v1/jobs/{jobId}/proposals?status=GREAT", owner.Token), 400, "BAD_REQUEST");
        await Assert.That(bad!["supportedStatuses"]!.AsArray().Count).IsEqualTo(7);
        await Expect.Envelope(await s.Api.Get($"/api/public/v1/jobs/{jobId}/proposals?limit=0", owner.Token), 400, "BAD_REQUEST");
    }

    [Test]
    public async Task Detail_and_interview_transcript()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account("proposals:read", "jobs:write");
        var jobId = await s.PublishedJobAsync(account.Token);
        var proposalId = await s.FirstProposalAsync(account.Token, jobId);
        var detail = await s.Api.Get($"/api/public/v1/proposals/{proposalId}", account.Token);
        await Assert.That(detail["proposal"]["aiInterview"]!["transcriptAvailable"]!.GetValue<bool>()).IsTrue();
        await Assert.That(detail["proposal"]["verification"]!["identity"]!["verified"]!.GetValue<bool>()).IsTrue();
        await Assert.That(detail["proposal"]["contract"]).IsNull();
        var interview = await s.Api.Get($"/api/public/v1/proposals/{proposalId}/interview", account.Token);
        var messages = interview["interview"]["messages"]!.AsArray();
        await Assert.That(messages.Count).IsEqualTo(4);
        await Assert.That(messages[0]!["role"]!.GetValue<string>()).IsEqualTo("interviewer");
        await Expect.Envelope(await s.Api.Get("/api/public/v1/proposals/prop_x", account.Token), 404, "NOT_FOUND");
        await Expect.Envelope(await s.Api.Get($"/api/public/v1/proposals/{proposalId}", s.Account().Token), 403, "FORBIDDEN");
    }

    [Test]
    public async Task Invites_need_a_claimed_account()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.UnclaimedAccount();
        var jobId = await s.PublishedJobAsync(account.Token);
        var freelancer = s.Host.State.Freelancers.All[0].Id;
        var details = await Expect.Envelope(await s.Api.Post($"/api/public/v1/jobs/{jobId}/invites", new JsonObject { ["freelancerId"] = freelancer }, account.Token),
            403, "FORBIDDEN", "account_claim_required");
        await Assert.That(details!["claimUrl"]!.GetValue<string>()).IsEqualTo(s.Host.BaseUrl + "/claim");
        await Assert.That(details["action"]!.GetValue<string>()).IsEqualTo("invite AI trainers");
    }

    [Test]
    public async Task Invite_is_201_then_200_already_invited()
    {
        await using var s = await Scenario.StartAsync(new SandboxOptions { ProposalsPerPublish = 0 });
        var account = s.Account();
        var jobId = await s.PublishedJobAsync(account.Token);
        var body = new JsonObject { ["freelancerId"] = "liam-o" };
        var first = await s.Api.Post($"/api/public/v1/jobs/{jobId}/invites", body, account.Token);
        await Assert.That(first.Status).IsEqualTo(201);
        await Assert.That(first["alreadyInvited"].GetValue<bool>()).IsFalse();
        var second = await s.Api.Post($"/api/public/v1/jobs/{jobId}/invites", body, account.Token);
        await Assert.That(second.Status).IsEqualTo(200);
        await Assert.That(second["alreadyInvited"].GetValue<bool>()).IsTrue();
        await Assert.That(second.Str("proposalId")).IsEqualTo(first.Str("proposalId"));
    }

    [Test]
    public async Task Invite_conflicts_and_not_found()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var draft = await s.DraftAsync(account.Token);
        var open = await s.PublishedJobAsync(account.Token);
        await Expect.Envelope(await s.Api.Post($"/api/public/v1/jobs/{draft}/invites", new JsonObject { ["freelancerId"] = "liam-o" }, account.Token), 409, "CONFLICT", "job_not_published");
        await Expect.Envelope(await s.Api.Post($"/api/public/v1/jobs/{open}/invites", new JsonObject { ["freelancerId"] = "noah-k" }, account.Token), 409, "CONFLICT", "freelancer_unavailable");
        await Expect.Envelope(await s.Api.Post($"/api/public/v1/jobs/{open}/invites", new JsonObject { ["freelancerId"] = account.UserId }, account.Token), 409, "CONFLICT", "not_a_freelancer");
        await Expect.Envelope(await s.Api.Post($"/api/public/v1/jobs/{open}/invites", new JsonObject { ["freelancerId"] = "nobody" }, account.Token), 404, "NOT_FOUND");
        await Expect.Envelope(await s.Api.Post($"/api/public/v1/jobs/{open}/invites", new JsonObject(), account.Token), 400, "BAD_REQUEST");
        await Expect.Envelope(await s.Api.Post($"/api/public/v1/jobs/job_zz/invites", new JsonObject { ["freelancerId"] = "liam-o" }, account.Token), 404, "NOT_FOUND");
    }

    [Test]
    public async Task Freelancer_profile_by_id_or_slug()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account("proposals:read");
        var bySlug = await s.Api.Get("/api/public/v1/freelancers/maria-g", account.Token);
        await Assert.That(bySlug.Status).IsEqualTo(200);
        var id = bySlug["freelancer"]["id"]!.GetValue<string>();
        var byId = await s.Api.Get($"/api/public/v1/freelancers/{id}", account.Token);
        await Assert.That(byId["freelancer"]["displayName"]!.GetValue<string>()).IsEqualTo("Maria G.");
        await Assert.That(byId.Raw).DoesNotContain("email");
        await Expect.Envelope(await s.Api.Get("/api/public/v1/freelancers/nobody", account.Token), 404, "NOT_FOUND");
        await Expect.Envelope(await s.Api.Get("/api/public/v1/freelancers/maria-g", s.Account("jobs:read").Token), 403, "FORBIDDEN");
    }
}
