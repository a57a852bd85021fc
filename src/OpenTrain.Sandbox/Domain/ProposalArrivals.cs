using System.Text.Json.Nodes;
using OpenTrain.Sandbox.State;

using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Domain;

/// <summary>Seeded candidates applying to jobs (after a publish, or on demand from the control surface).</summary>
public static class ProposalArrivals
{
    public static void OnPublish(SandboxState state, Job job) => Arrive(state, job, state.Options.ProposalsPerPublish);

    /// <summary>Adds up to <paramref name="count"/> proposals from available freelancers not yet on the job (language matches first).</summary>
    public static List<Proposal> Arrive(SandboxState state, Job job, int count, string? freelancerId = null)
    {
        var languages = job.Fields["languages"] is JsonArray a ? a.Select(x => x!.GetValue<string>()).ToHashSet() : [];
        var taken = state.Proposals.All.Where(p => p.JobId == job.Id).Select(p => p.FreelancerId).ToHashSet();
        var candidates = state.Freelancers.All
            .Where(f => f.IsAvailable && !taken.Contains(f.Id) && (freelancerId is null || f.Id == freelancerId || f.Slug == freelancerId))
            .OrderByDescending(f => f.Languages.Any(l => languages.Contains(l.Language)))
            .Take(count).ToList();
        return candidates.Select(f => Create(state, job, f, invited: false)).ToList();
    }

    public static Proposal Create(SandboxState state, Job job, Freelancer freelancer, bool invited)
    {
        var index = state.Proposals.Count;
        var paymentType = job.Fields["paymentType"]?.GetValue<string>();
        var (amount, unit) = paymentType switch
        {
            "PAY_PER_LABEL" => (job.Fields["pricePerLabel"]?.AsDecimal() ?? 0.05m, "PER_LABEL"),
            "FIXED_PRICE" => (job.Fields["fixedPrice"]?.AsDecimal() ?? 500m, "FIXED_PRICE"),
            _ => (job.Fields["pricePerHour"]?.AsDecimal() ?? freelancer.HourlyRateUsd, "PER_HOUR"),
        };
        var score = 70 + index * 7 % 28;
        var proposal = state.Proposals.Add(new Proposal
        {
            Id = state.NewId("prop"),
            JobId = job.Id,
            AccountId = job.AccountId,
            FreelancerId = freelancer.Id,
            CreatedAt = state.Now,
            UpdatedAt = state.Now,
            BidAmountUsd = amount,
            BidUnit = unit,
            InterviewScore = invited ? null : score,
            MatchScore = invited ? 0.5 : Math.Round(0.6 + index * 0.07 % 0.38, 2),
            InterviewId = invited ? null : state.NewId("intv"),
            InterviewSummary = invited ? null : $"{freelancer.FirstName} handled the guideline edge cases well and explained their reasoning clearly.",
            Interview = invited ? [] :
            [
                new InterviewMessage(state.NewId("imsg"), "interviewer", $"Tell me about your experience relevant to \"{job.Title}\".", state.Now),
                new InterviewMessage(state.NewId("imsg"), "candidate", $"I have worked as a {freelancer.Title.ToLowerInvariant()} for several years.", state.Now),
                new InterviewMessage(state.NewId("imsg"), "interviewer", "How do you handle ambiguous items?", state.Now),
                new InterviewMessage(state.NewId("imsg"), "candidate", "I flag them, follow the guideline hierarchy, and ask when unsure.", state.Now),
            ],
            Invited = invited,
        });
        if (!invited)
            state.AppendEvent(job.AccountId, EventTypes.ProposalReceived, proposal.Id, job.Id,
                new JsonObject { ["proposalId"] = proposal.Id, ["jobId"] = job.Id });
        return proposal;
    }

    public static void SetStatus(SandboxState state, Proposal proposal, string status)
    {
        proposal.Status = status;
        proposal.UpdatedAt = state.Now;
        state.AppendEvent(proposal.AccountId, EventTypes.ProposalStatusChanged, proposal.Id, proposal.JobId,
            new JsonObject { ["proposalId"] = proposal.Id, ["status"] = status });
    }
}
