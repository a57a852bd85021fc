using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Domain;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary>Contracts and milestones: list/get, end, create milestone, fund, approve (money moves return 202 approvals).</summary>
public static class ContractsEndpoints
{
    public const string FundMessage = "Funding request recorded. A signed-in human must confirm this approval in the OpenTrain app before any money moves.";
    public const string ReleaseMessage = "Release request recorded. A signed-in human must confirm this approval in the OpenTrain app before any money moves.";
    public const string EndMessage = "This contract has funded milestones, so a signed-in human must confirm ending it in the OpenTrain app.";

    public static void Map(ApiRoutes api)
    {
        api.Get("/contracts", List);
        api.Get("/contracts/{contractId}", Get);
        api.Post("/contracts/{contractId}/end", End);
        api.Post("/contracts/{contractId}/milestones", CreateMilestone);
        api.Post("/milestones/{milestoneId}/fund", Fund);
        api.Post("/milestones/{milestoneId}/approve", Approve);
    }

    /// <summary>Scope, feature and (configurably) claim gates of money writes.</summary>
    private static Caller PaymentsWriteGate(ApiRequest request, string action) =>
        request.Gate(Scopes.PaymentsWrite, Features.PaymentsWrite, request.State.Settings.ClaimRequiredForPaymentWrites ? action : null);

    private static Contract OwnContract(ApiRequest request, Caller caller)
    {
        var id = request.Route("contractId");
        var contract = request.State.Contracts.Find(id);
        if (contract is null || contract.AccountId != caller.Account.Id) throw ApiException.NotFoundResource("contracts", "contractId", id);
        return contract;
    }

    private static (Milestone Milestone, Contract Contract) OwnMilestone(ApiRequest request, Caller caller)
    {
        var id = request.Route("milestoneId");
        var milestone = request.State.Milestones.Find(id);
        var contract = milestone is null ? null : request.State.Contracts.Find(milestone.ContractId);
        if (contract is null || contract.AccountId != caller.Account.Id) throw ApiException.NotFoundResource("milestones", "milestoneId", id);
        return (milestone!, contract);
    }

    private static void RequireActive(Contract contract)
    {
        if (!contract.IsActive)
            throw ApiException.ConflictReason("contract_ended", "This contract has ended.", new JsonObject { ["contractId"] = contract.Id });
    }

    private static ApiResponse List(ApiRequest request)
    {
        var caller = request.Gate(Scopes.PaymentsRead);
        var status = request.Query("status");
        if (status is not null and not ("active" or "ended")) throw ApiException.BadField("status", "status must be 'active' or 'ended'.");
        var jobId = request.Query("jobId");
        if (jobId is not null)
        {
            var job = request.State.Jobs.Find(jobId) ?? throw ApiException.NotFound($"No such job: {jobId}", new JsonObject { ["jobId"] = jobId });
            if (job.AccountId != caller.Account.Id) throw ApiException.Forbidden("This job is owned by another account.", new JsonObject { ["jobId"] = jobId });
        }
        var contracts = request.State.Contracts.All
            .Where(c => c.AccountId == caller.Account.Id && (jobId is null || c.JobId == jobId) && (status is null || c.Status == status))
            .Reverse().Select(c => (JsonNode?)ContractViews.Summary(request.State, c));
        return ApiResponse.Ok(new JsonObject { ["contracts"] = JsonValues.Array(contracts) });
    }

    private static ApiResponse Get(ApiRequest request)
    {
        var contract = OwnContract(request, request.Gate(Scopes.PaymentsRead));
        return ApiResponse.Ok(new JsonObject { ["contract"] = ContractViews.Detail(request.State, contract) });
    }

    private static ApiResponse End(ApiRequest request)
    {
        var caller = PaymentsWriteGate(request, "end contracts");
        var state = request.State;
        var contract = OwnContract(request, caller);
        RequireActive(contract);
        if (!contract.Milestones.Any(m => m.IsFunded))
        {
            Funding.EndContract(state, caller.Account, contract);
            return ApiResponse.Ok(new JsonObject { ["ok"] = true, ["contractId"] = contract.Id, ["status"] = contract.Status });
        }
        var approval = ApprovalEngine.FindPending(state, ApprovalTypes.ContractEnd, a => a.ContractId == contract.Id)
            ?? ApprovalEngine.Create(state, caller.Account, caller.Token, ApprovalTypes.ContractEnd, contract.JobId, contractId: contract.Id);
        return ApprovalsEndpoints.Accepted(state, approval, EndMessage);
    }

    private static ApiResponse CreateMilestone(ApiRequest request)
    {
        var caller = PaymentsWriteGate(request, "create milestones");
        var fields = new BodyFields(request.JsonBody());
        var description = fields.Text("description", required: true, minLength: 1);
        var name = fields.Text("name");
        var amount = fields.Number("amountUsd", positive: true);
        var volume = fields.Number("volume", positive: true);
        var dueDate = fields.Date("dueDate");
        fields.ThrowIfInvalid();
        if (description!.Trim().Length == 0) throw ApiException.BadField("description", "description must not be empty.");

        var contract = OwnContract(request, caller);
        RequireActive(contract);
        if (contract.PaymentType == "FIXED_PRICE")
        {
            if (amount is null) throw ApiException.BadField("amountUsd", "amountUsd is required for FIXED_PRICE contracts.");
        }
        else
        {
            if (volume is null) throw ApiException.BadField("volume", "volume is required for hourly and per-label contracts.");
            if (contract.RateUsd is not { } rate)
                throw ApiException.ConflictReason("contract_rate_missing", "This contract has no rate to price the milestone.", new JsonObject { ["contractId"] = contract.Id });
            if (amount is not null && amount.Value != rate * volume.Value)
                throw ApiException.BadField("amountUsd", $"amountUsd must equal rateUsd × volume ({JsonValues.Normalize(rate * volume.Value)}).");
            amount = rate * volume.Value;
        }
        var milestone = Hiring.AddMilestone(request.State, contract, name, description, amount!.Value, volume, dueDate);
        Funding.MilestoneChanged(request.State, contract, milestone);
        return ApiResponse.Created(new JsonObject { ["milestone"] = ContractViews.Milestone(request.State, milestone) });
    }

    private static ApiResponse Fund(ApiRequest request)
    {
        var caller = PaymentsWriteGate(request, "fund milestones");
        var state = request.State;
        var (milestone, contract) = OwnMilestone(request, caller);
        RequireActive(contract);
        var pending = ApprovalEngine.FindPending(state, ApprovalTypes.MilestoneFund, a => a.MilestoneId == milestone.Id);
        if (pending is not null) return ApprovalsEndpoints.Accepted(state, pending, FundMessage);
        if (milestone.Status != MilestoneStatuses.NotFunded)
            throw ApiException.ConflictReason("milestone_not_fundable", $"Milestone {milestone.Id} is {milestone.Status}; only NOT_FUNDED milestones can be funded.",
                new JsonObject { ["milestoneId"] = milestone.Id, ["milestoneStatus"] = milestone.Status });
        if (!caller.Account.HasPaymentMethod && caller.Account.AvailableCents < CreditsBook.ToCents(milestone.AmountUsd))
            throw ApiException.ConflictReason("payment_method_required", "Add a payment method or credits before funding.",
                new JsonObject { ["billingUrl"] = state.Link("/settings/billing") });
        Funding.OpenInvoice(state, contract, milestone);
        var approval = ApprovalEngine.Create(state, caller.Account, caller.Token, ApprovalTypes.MilestoneFund, contract.JobId,
            contractId: contract.Id, milestoneId: milestone.Id);
        return ApprovalsEndpoints.Accepted(state, approval, FundMessage);
    }

    private static ApiResponse Approve(ApiRequest request)
    {
        var caller = PaymentsWriteGate(request, "release milestone payments");
        var state = request.State;
        var (milestone, contract) = OwnMilestone(request, caller);
        RequireActive(contract);
        var pending = ApprovalEngine.FindPending(state, ApprovalTypes.MilestoneApprove, a => a.MilestoneId == milestone.Id);
        if (pending is not null) return ApprovalsEndpoints.Accepted(state, pending, ReleaseMessage);
        if (milestone.Status == MilestoneStatuses.NotFunded)
            throw ApiException.ConflictReason("milestone_not_funded", "Fund this milestone before approving it.",
                new JsonObject { ["milestoneId"] = milestone.Id, ["milestoneStatus"] = milestone.Status });
        if (milestone.Status != MilestoneStatuses.ActiveFunded)
            throw ApiException.ConflictReason("milestone_not_approvable", $"Milestone {milestone.Id} is {milestone.Status}.",
                new JsonObject { ["milestoneId"] = milestone.Id, ["milestoneStatus"] = milestone.Status });
        var approval = ApprovalEngine.Create(state, caller.Account, caller.Token, ApprovalTypes.MilestoneApprove, contract.JobId,
            contractId: contract.Id, milestoneId: milestone.Id);
        return ApprovalsEndpoints.Accepted(state, approval, ReleaseMessage);
    }
}
