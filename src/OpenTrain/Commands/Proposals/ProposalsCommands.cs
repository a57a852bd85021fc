using OpenTrain.Commands.Approvals;
using OpenTrain.Commands.Freelancers;
using OpenTrain.Http;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Proposals;

/// <summary>The <c>opentrain proposals</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("proposals"), Group(CommandGroup.Hiring)]
internal sealed class ProposalsCommands(CommandContext context)
{
    /// <summary>Show one proposal: candidate, bid, AI interview and verification.</summary>
    /// <param name="id">Same as --proposal-id.</param>
    /// <param name="proposalId">The proposal to show.</param>
    [Listed("opentrain proposals get prop_789"), Endpoint("GET", "/proposals/{proposalId}", "proposals:read", "proposals/get")]
    public Task Get([Argument] string? id = null, string? proposalId = null, CancellationToken cancellationToken = default) => context.RunAsync(ProposalsGetCommand.Operation(CommandArgs.RequireId(id, proposalId, "--proposal-id")), cancellationToken);

    /// <summary>Request a hire with a first escrow milestone; a human confirms it in the app (no money moves here).</summary>
    /// <param name="id">Same as --proposal-id.</param>
    /// <param name="proposalId">The proposal to hire.</param>
    /// <param name="milestoneName">Name of the first milestone (this or --milestone-description is required).</param>
    /// <param name="milestoneDescription">What the first milestone delivers.</param>
    /// <param name="amount">--amount-usd, Milestone amount in USD, greater than 0.</param>
    /// <param name="dueDate">Milestone due date: YYYY-MM-DD.</param>
    /// <param name="confirmNotAFit">--confirm-not-a-fit, Confirm hiring a proposal you marked "Not a fit".</param>
    /// <param name="wait">Poll until a human confirms or declines (exit 1 unless confirmed).</param>
    /// <param name="timeout">With --wait: give up after this many seconds, default 1800.</param>
    /// <param name="interval">With --wait: seconds between polls, default 5.</param>
    [Listed("opentrain proposals hire prop_789 --milestone-name \"First batch\" --amount 300 --due-date 2026-07-01"), Endpoint("POST", "/proposals/{proposalId}/hire", "proposals:write", "proposals/hire", Claim = true, FeatureFlag = FeatureFlags.Hiring)]
    public Task Hire([Argument] string? id = null, string? proposalId = null, string? milestoneName = null, string? milestoneDescription = null, [RequiredFlag] string? amount = null, string? dueDate = null, bool confirmNotAFit = false, bool wait = false, string? timeout = null, string? interval = null, CancellationToken cancellationToken = default)
    {
        var proposal = CommandArgs.RequireId(id, proposalId, "--proposal-id");
        var milestone = ProposalsHireCommand.Milestone(milestoneName, milestoneDescription, NumberArgument.Parse(amount, "--amount"), dueDate, ArgumentNames.Flags);
        var waitOptions = WaitOptions.Parse(wait, timeout, interval);
        return context.RunAsync(ProposalsHireCommand.Operation(proposal, new HireProposalRequest(milestone, confirmNotAFit ? true : null)), e => e.Approval, waitOptions, cancellationToken);
    }

    /// <summary>Read a proposal's AI interview transcript, oldest turn first, newest last, with its score and summary.</summary>
    /// <param name="id">Same as --proposal-id.</param>
    /// <param name="proposalId">The proposal whose interview to show.</param>
    [Listed("opentrain proposals interview prop_789"), Endpoint("GET", "/proposals/{proposalId}/interview", "proposals:read", "proposals/interview")]
    public Task Interview([Argument] string? id = null, string? proposalId = null, CancellationToken cancellationToken = default) => context.RunAsync(ProposalsInterviewCommand.Operation(CommandArgs.RequireId(id, proposalId, "--proposal-id")), cancellationToken);

    /// <summary>List the proposals on one of your jobs (newest first).</summary>
    /// <param name="id">Same as --job-id.</param>
    /// <param name="jobId">The job whose proposals to list.</param>
    /// <param name="status">Only this status: UNREVIEWED, SHORTLISTED, MAYBE, HIRED, DECLINED, NOT_A_FIT or RESUME_SENT.</param>
    /// <param name="limit">Proposals per page: 1–100.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="all">Follow nextCursor to the last page: pages stream as they arrive; with --json, one document with the pages' items merged.</param>
    /// <param name="withProfiles">Add each candidate's languages from their profile (one GET /freelancers/{id} per candidate, 4 at a time; not with --json).</param>
    [Listed("opentrain proposals list job_123 --status SHORTLISTED", "opentrain proposals list job_123 --with-profiles"), Endpoint("GET", "/jobs/{id}/proposals", "proposals:read", "jobs/list-proposals")]
    public Task List([Argument] string? id = null, string? jobId = null, [OneOf(typeof(ProposalStatuses), nameof(ProposalStatuses.All))] string? status = null, int? limit = null, string? cursor = null, bool all = false, bool withProfiles = false, CancellationToken cancellationToken = default) => context.RunAsync(ProposalsListCommand.Operation(CommandArgs.RequireId(id, jobId, "--job-id"), EnumArgument.Parse(status, "--status", ProposalStatuses.All), PageOptions.Parse(limit, cursor, all), ProposalsListCommand.WithProfiles(withProfiles, context.Global.Json)), cancellationToken);
}
