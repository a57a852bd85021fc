using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Domain;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary>Proposals on own jobs, interviews, invites, hire requests and pre-hire threads.</summary>
public static class ProposalsEndpoints
{
    public const string HireMessage = "Hire request recorded. A signed-in human must confirm this approval in the OpenTrain app before the freelancer is hired and any money moves.";

    public static void Map(ApiRoutes api)
    {
        api.Get("/jobs/{id}/proposals", ListForJob);
        api.Get("/proposals/{proposalId}", Get);
        api.Get("/proposals/{proposalId}/interview", Interview);
        api.Post("/proposals/{proposalId}/hire", Hire);
        api.Post("/proposals/{proposalId}/conversation", StartConversation);
        api.Post("/jobs/{id}/invites", Invite);
    }

    /// <summary>A proposal on one of the caller's jobs: 404 unknown, 403 another account's job.</summary>
    public static Proposal OwnProposal(ApiRequest request, Caller caller)
    {
        var id = request.Route("proposalId");
        var proposal = request.State.Proposals.Find(id)
            ?? throw ApiException.NotFound($"No such proposal: {id}", new JsonObject { ["resource"] = "proposals", ["proposalId"] = id });
        if (proposal.AccountId != caller.Account.Id)
            throw ApiException.Forbidden("This proposal is on a job owned by another account.", new JsonObject { ["proposalId"] = id });
        return proposal;
    }

    private static ApiResponse ListForJob(ApiRequest request)
    {
        var caller = request.Gate(Scopes.ProposalsRead);
        var id = request.Route("id");
        var job = request.State.Jobs.Find(id) ?? throw ApiException.NotFound($"No such job: {id}", new JsonObject { ["jobId"] = id });
        if (job.AccountId != caller.Account.Id) throw ApiException.Forbidden("This job is owned by another account.", new JsonObject { ["jobId"] = id });
        string? status = null;
        if (request.Query("status") is { } raw)
        {
            status = raw.Trim().ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
            if (!ProposalStatuses.All.Contains(status))
                throw ApiException.BadRequest($"Unknown proposal status '{raw}'.",
                    new JsonObject { ["field"] = "status", ["supportedStatuses"] = JsonValues.Strings(ProposalStatuses.All) });
        }
        var limit = Pagination.Limit(request, 25, 100);
        var proposals = request.State.Proposals.All.Where(p => p.JobId == job.Id && (status is null || p.Status == status)).Reverse().ToList();
        var (page, next) = Pagination.Page(proposals, p => p.Id, request.Query("cursor"), limit);
        return ApiResponse.Ok(new JsonObject
        {
            ["proposals"] = JsonValues.Array(page.Select(p => (JsonNode?)ProposalViews.Summary(request.State, p))),
            ["nextCursor"] = next,
        });
    }

    private static ApiResponse Get(ApiRequest request)
    {
        var proposal = OwnProposal(request, request.Gate(Scopes.ProposalsRead));
        return ApiResponse.Ok(new JsonObject { ["proposal"] = ProposalViews.Detail(request.State, proposal) });
    }

    private static ApiResponse Interview(ApiRequest request)
    {
        var proposal = OwnProposal(request, request.Gate(Scopes.ProposalsRead));
        if (proposal.InterviewId is null)
            throw ApiException.NotFound("This proposal has no AI interview.", new JsonObject { ["proposalId"] = proposal.Id });
        return ApiResponse.Ok(new JsonObject { ["interview"] = ProposalViews.Interview(proposal) });
    }

    private static ApiResponse Hire(ApiRequest request)
    {
        var caller = request.Gate(Scopes.ProposalsWrite, Features.Hiring, "hire AI trainers");
        var body = request.JsonBody();
        var proposal = OwnProposal(request, caller);

        var fields = new BodyFields(body);
        var milestoneNode = body["milestone"] as JsonObject;
        if (milestoneNode is null) fields.Add("invalid_type", "milestone", "milestone is required and must be an object.");
        var m = new BodyFields(milestoneNode, "milestone");
        var name = m.Text("name");
        var description = m.Text("description");
        var amount = m.Number("amount", required: milestoneNode is not null, positive: true);
        var dueDate = m.Date("dueDate");
        if (milestoneNode is not null && string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(description))
            m.Add("custom", "name", "milestone.name or milestone.description must be non-empty.");
        var confirmNotAFit = fields.Bool("confirmNotAFit") ?? false;
        ApiException.ThrowIfAny(fields, m);

        var state = request.State;
        if (proposal.Status == ProposalStatuses.Hired)
            throw ApiException.ConflictReason("proposal_already_hired", "This proposal has already been hired.", new JsonObject { ["proposalId"] = proposal.Id });
        if (proposal.Status == ProposalStatuses.NotAFit && !confirmNotAFit)
            throw ApiException.ConflictReason("not_a_fit_confirmation_required",
                "This proposal was marked Not a fit; resend with confirmNotAFit: true to hire anyway.", new JsonObject { ["proposalId"] = proposal.Id });
        var charge = amount!.Value * 1.10m + 9.95m;
        if (!caller.Account.HasPaymentMethod && caller.Account.AvailableCents < CreditsBook.ToCents(charge))
            throw ApiException.ConflictReason("payment_method_required", "Add a payment method or credits before hiring.",
                new JsonObject { ["billingUrl"] = state.Link("/settings/billing") });

        var terms = new MilestoneTerms(name, description, amount.Value, dueDate);
        var pending = ApprovalEngine.FindPending(state, ApprovalTypes.ProposalHire, a => a.ProposalId == proposal.Id);
        if (pending is not null && pending.HireTerms == terms) return ApprovalsEndpoints.Accepted(state, pending, HireMessage);
        if (pending is not null) ApprovalEngine.Expire(state, pending);
        var approval = ApprovalEngine.Create(state, caller.Account, caller.Token, ApprovalTypes.ProposalHire, proposal.JobId,
            proposalId: proposal.Id, hireTerms: terms);
        return ApprovalsEndpoints.Accepted(state, approval, HireMessage);
    }

    private static ApiResponse StartConversation(ApiRequest request)
    {
        var caller = request.Gate(Scopes.MessagesWrite, Features.MessagingWrites, "message AI trainers");
        var proposal = OwnProposal(request, caller);
        if (proposal.Status is "DECLINED")
            throw ApiException.ConflictReason("proposal_not_ready_for_messaging", "This proposal cannot be messaged.", new JsonObject { ["proposalId"] = proposal.Id });
        var (conversation, created) = Conversations.ProposalThread(request.State, proposal);
        return new ApiResponse(created ? 201 : 200, new JsonObject
        {
            ["ok"] = true,
            ["conversationId"] = conversation.Id,
            ["proposalId"] = proposal.Id,
            ["jobId"] = proposal.JobId,
            ["created"] = created,
        });
    }

    private static ApiResponse Invite(ApiRequest request)
    {
        var caller = request.Gate(Scopes.ProposalsWrite, Features.Hiring, "invite AI trainers");
        var fields = new BodyFields(request.JsonBody());
        var freelancerId = fields.Text("freelancerId", required: true, minLength: 1);
        fields.ThrowIfInvalid();
        var state = request.State;
        var job = JobsEndpoints.OwnJob(request, caller, request.Route("id"));
        if (state.Accounts.All.Any(a => a.OwnerUserId == freelancerId))
            throw ApiException.ConflictReason("not_a_freelancer", "That user is not an AI trainer.", new JsonObject { ["freelancerId"] = freelancerId });
        var freelancer = FreelancersEndpoints.Find(state, freelancerId!)
            ?? throw ApiException.NotFound($"No such AI trainer: {freelancerId}", new JsonObject { ["resource"] = "freelancers", ["freelancerId"] = freelancerId });
        if (job.Status != JobStatuses.Open)
            throw ApiException.ConflictReason("job_not_published", "Invite AI trainers to published jobs only.", new JsonObject { ["jobId"] = job.Id, ["status"] = job.Status });
        var existing = state.Proposals.All.FirstOrDefault(p => p.JobId == job.Id && p.FreelancerId == freelancer.Id);
        if (existing is null && !freelancer.IsAvailable)
            throw ApiException.ConflictReason("freelancer_unavailable", "This AI trainer is not available.", new JsonObject { ["freelancerId"] = freelancer.Id });
        var proposal = existing ?? ProposalArrivals.Create(state, job, freelancer, invited: true);
        return new ApiResponse(existing is null ? 201 : 200, new JsonObject
        {
            ["ok"] = true,
            ["proposalId"] = proposal.Id,
            ["jobId"] = job.Id,
            ["freelancerId"] = freelancer.Id,
            ["alreadyInvited"] = existing is not null,
        });
    }
}
