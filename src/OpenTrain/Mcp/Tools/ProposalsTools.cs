using OpenTrain.Cli;
using OpenTrain.Commands.Proposals;
using OpenTrain.Generated.Contracts;
using FreelancerGet = OpenTrain.Commands.Freelancers.GetCommand;
using JobInvite = OpenTrain.Commands.Jobs.InviteCommand;
using ProposalGet = OpenTrain.Commands.Proposals.GetCommand;
using ProposalList = OpenTrain.Commands.Proposals.ListCommand;

namespace OpenTrain.Mcp.Tools;

/// <summary>Proposals and candidates: list, inspect, invite, hire.</summary>
internal static class ProposalsTools
{
    private static readonly ToolSchema Milestone = new ToolSchema()
        .String("name", "Short name of the first milestone (this or description is required).")
        .String("description", "What the first milestone delivers.")
        .Number("amount", "Milestone amount in USD, greater than 0.", required: true)
        .String("dueDate", "Milestone due date, YYYY-MM-DD.");

    public static IEnumerable<McpTool> All() =>
    [
        McpTool.For("opentrain_list_proposals", "List proposals", "GET /api/public/v1/jobs/{jobId}/proposals",
            "List the proposals on one of your jobs, newest first, with bid, AI interview score and match score.",
            new ToolSchema()
                .String("jobId", "The job whose proposals to list.", required: true)
                .Enum("status", "Only proposals in this status.", ProposalStatuses.All)
                .Paged(),
            (args, _) => ProposalList.Operation(args.Required("jobId"), args.Enum("status", ProposalStatuses.All), args.Page())),

        McpTool.ForId("opentrain_get_proposal", "Show a proposal", "GET /api/public/v1/proposals/{proposalId}",
            "Show one proposal: the candidate, their bid, the AI interview summary and score, and verification.",
            "proposalId", "The proposal to show.", ProposalGet.Operation),

        McpTool.ForId("opentrain_get_proposal_interview", "Read an AI interview", "GET /api/public/v1/proposals/{proposalId}/interview",
            "Read a proposal's AI interview transcript (interviewer and candidate turns, oldest first, newest last) with its score and summary. " +
            "Check that opentrain_get_proposal shows a transcript is available first.",
            "proposalId", "The proposal whose interview to read.", InterviewCommand.Operation),

        McpTool.For("opentrain_get_freelancer_profile", "Show an AI trainer's profile", "GET /api/public/v1/freelancers/{freelancerId}",
            "Show an AI trainer's public profile (identity masked): skills, languages, track record.",
            new ToolSchema().String("freelancerId", "The AI trainer's user id or profile slug (e.g. maria-g).", required: true),
            (args, context) => FreelancerGet.Operation(args.Required("freelancerId"), context.Resolve().BaseUrl.Text)),

        McpTool.For("opentrain_invite_freelancer", "Invite an AI trainer", "POST /api/public/v1/jobs/{jobId}/invites",
            "Invite an AI trainer to apply to one of your published jobs. Requires a claimed account.",
            new ToolSchema()
                .String("jobId", "The published job.", required: true)
                .String("freelancerId", "The AI trainer's user id or profile slug.", required: true),
            (args, _) => JobInvite.Operation(args.Required("jobId"), args.Required("freelancerId"))),

        McpTool.For("opentrain_hire_proposal", "Request a hire", "POST /api/public/v1/proposals/{proposalId}/hire",
            "Request hiring a proposal's candidate with a first escrow milestone. Nobody is hired and no money moves: the result is a " +
            "pending approval whose approvalUrl a human must open to confirm. Follow it with opentrain_get_approval. Requires a claimed account.",
            new ToolSchema()
                .String("proposalId", "The proposal to hire.", required: true)
                .Object("milestone", "The first milestone, funded into escrow when the human confirms.", Milestone, required: true)
                .Boolean("confirmNotAFit", "Confirm hiring a proposal marked \"Not a fit\"."),
            (args, _) => HireCommand.Operation(args.Required("proposalId"), new HireProposalRequest(
                FirstMilestone(args.Nested("milestone", Milestone)), args.Bool("confirmNotAFit") ? true : null))),
    ];

    private static HireMilestone FirstMilestone(ToolArguments milestone)
    {
        var name = milestone.String("name");
        var description = milestone.String("description");
        if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(description))
            throw new UsageException("milestone.name or milestone.description is required");
        var amount = NumberArgument.Positive(milestone.Decimal("amount")!.Value, "milestone.amount");
        return new HireMilestone(name, description, amount, CommandArgs.IsoDate(milestone.String("dueDate"), "milestone.dueDate"));
    }
}
