using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Drafts;
using OpenTrain.Sandbox.State;

using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Domain;

/// <summary>Executes a confirmed <c>proposal_hire</c>: contract, funded first milestone, job DM, events.</summary>
public static class Hiring
{
    public static JsonObject Complete(SandboxState state, Account account, Approval approval, bool useCredits)
    {
        var proposal = state.Proposals.Find(approval.ProposalId)!;
        var job = state.Jobs.Find(proposal.JobId)!;
        var terms = approval.HireTerms!;
        var paymentType = job.Fields["paymentType"]?.GetValue<string>() ?? "FIXED_PRICE";
        var rateKey = DraftFields.RateKeyFor(paymentType)!;
        var rate = job.Fields[rateKey]?.AsDecimal() ?? (paymentType == "FIXED_PRICE" ? terms.Amount : null);
        var volume = job.Fields["dataVolume"]?.AsDecimal();
        var fixedPrice = paymentType == "FIXED_PRICE";

        var contract = state.Contracts.Add(new Contract
        {
            Id = state.NewId("ctr"),
            AccountId = account.Id,
            JobId = job.Id,
            ProposalId = proposal.Id,
            FreelancerId = proposal.FreelancerId,
            Title = (job.Title ?? "Untitled job") + " Contract",
            PaymentType = paymentType,
            RateUsd = rate,
            EstimatedTotalUsd = fixedPrice ? rate : rate * volume,
            EstimatedVolume = fixedPrice ? null : volume,
            StartDate = state.Now,
            CreatedAt = state.Now,
            UpdatedAt = state.Now,
        });
        var milestone = AddMilestone(state, contract, terms.Name, terms.Description ?? terms.Name ?? "First milestone", terms.Amount,
            !fixedPrice && rate is > 0 ? Math.Round(terms.Amount / rate.Value, 2) : null, terms.DueDate);
        milestone.Status = MilestoneStatuses.ActiveFunded;
        milestone.InvoiceId = state.Invoices.Add(new Invoice
        {
            Id = state.NewId("inv"), AccountId = account.Id, Number = state.NextInvoiceNumber(), AmountUsd = terms.Amount,
            JobId = job.Id, ContractId = contract.Id, MilestoneId = milestone.Id, CreatedAt = state.Now, Status = "PAID",
        }).Id;
        if (useCredits) milestone.HoldEntryId = CreditsBook.Hold(state, account, CreditsBook.ToCents(terms.Amount), proposal.Id, contract.Id, milestone.Id).Id;

        var conversation = state.Conversations.Add(new Conversation
        {
            Id = state.NewId("conv"), AccountId = account.Id, Bucket = "job", JobId = job.Id, ProposalId = proposal.Id,
            FreelancerId = proposal.FreelancerId, CreatedAt = state.Now, UpdatedAt = state.Now,
        });
        contract.ConversationId = conversation.Id;
        proposal.ContractId = contract.Id;
        approval.ContractId = contract.Id;

        ProposalArrivals.SetStatus(state, proposal, ProposalStatuses.Hired);
        state.AppendEvent(account.Id, EventTypes.ContractCreated, contract.Id, job.Id,
            new JsonObject { ["contractId"] = contract.Id, ["jobId"] = job.Id, ["proposalId"] = proposal.Id });
        Funding.MilestoneChanged(state, contract, milestone);
        return new JsonObject
        {
            ["hired"] = true,
            ["contractId"] = contract.Id,
            ["jobId"] = job.Id,
            ["freelancerUserId"] = proposal.FreelancerId,
        };
    }

    public static Milestone AddMilestone(SandboxState state, Contract contract, string? name, string description, decimal amount, decimal? volume, DateTimeOffset? dueDate)
    {
        var milestone = state.Milestones.Add(new Milestone
        {
            Id = state.NewId("ms"),
            ContractId = contract.Id,
            Name = name,
            Description = description,
            AmountUsd = amount,
            Volume = volume,
            Number = contract.Milestones.Count + 1,
            DueDate = dueDate,
            CreatedAt = state.Now,
        });
        contract.Milestones.Add(milestone);
        contract.UpdatedAt = state.Now;
        return milestone;
    }
}
