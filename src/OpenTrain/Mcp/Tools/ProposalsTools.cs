using OpenTrain.Toolkit;
using OpenTrain.Commands.Proposals;
using OpenTrain.Generated.Contracts;
using OpenTrain.Commands.Freelancers;
using OpenTrain.Commands.Jobs;

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
        McpTool.For("opentrain_list_proposals", "List proposals", "proposals list",
            "List the proposals on one of your jobs, newest first, with bid, AI interview score and match score. With withProfiles the text " +
            "adds each candidate's languages from their profile (structuredContent stays the API's list).",
            new ToolSchema()
                .String("jobId", "The job whose proposals to list.", required: true)
                .Enum("status", "Only proposals in this status.", ProposalStatuses.All)
                .Boolean("withProfiles", "Add each candidate's languages to the text (one profile request per candidate, 4 at a time).")
                .Paged(),
            (args, _) => ProposalsListCommand.Operation(args.Id("jobId"), args.Enum("status", ProposalStatuses.All), args.Page(), args.Bool("withProfiles"))),

        McpTool.ForId("opentrain_get_proposal", "Show a proposal", "proposals get",
            "Show one proposal: the candidate, their bid, the AI interview summary and score, and verification.",
            "proposalId", "The proposal to show.", ProposalsGetCommand.Operation),

        McpTool.ForId("opentrain_get_proposal_interview", "Read an AI interview", "proposals interview",
            "Read a proposal's AI interview transcript (interviewer and candidate turns, oldest first, newest last) with its score and summary. " +
            "Check that opentrain_get_proposal shows a transcript is available first.",
            "proposalId", "The proposal whose interview to read.", ProposalsInterviewCommand.Operation) with { Extra = true },

        McpTool.For("opentrain_get_freelancer_profile", "Show an AI trainer's profile", "freelancers get",
            "Show an AI trainer's public profile (identity masked): skills, languages, track record.",
            new ToolSchema().String("freelancerId", "The AI trainer's user id or profile slug (e.g. maria-g).", required: true),
            (args, context) => FreelancersGetCommand.Operation(args.Id("freelancerId"), context.Resolve().BaseUrl.Text)),

        McpTool.For("opentrain_invite_freelancer", "Invite an AI trainer", "jobs invite",
            "Invite an AI trainer to apply to one of your published jobs. Requires a claimed account.",
            new ToolSchema()
                .String("jobId", "The published job.", required: true)
                .String("freelancerId", "The AI trainer's user id or profile slug.", required: true),
            (args, _) => JobsInviteCommand.Operation(args.Id("jobId"), args.Required("freelancerId"))),

        McpTool.For("opentrain_hire_proposal", "Request a hire", "proposals hire",
            "Request hiring a proposal's candidate with a first escrow milestone. Nobody is hired and no money moves: the result is a " +
            "pending approval whose approvalUrl a human must open to confirm. Follow it with opentrain_get_approval. Requires a claimed account.",
            new ToolSchema()
                .String("proposalId", "The proposal to hire.", required: true)
                .Object("milestone", "The first milestone, funded into escrow when the human confirms.", Milestone, required: true)
                .Boolean("confirmNotAFit", "Confirm hiring a proposal marked \"Not a fit\"."),
            (args, _) => ProposalsHireCommand.Operation(args.Id("proposalId"), new HireProposalRequest(
                FirstMilestone(args.Nested("milestone", Milestone)), args.Bool("confirmNotAFit") ? true : null)))
            .Waiting("a human confirms or declines the hire (or it expires)", ToolWait.Approval, handOff: true),
    ];

    private static readonly ArgumentNames MilestoneNames = ArgumentNames.Tool.With(("milestoneName", "milestone.name"),
        ("milestoneDescription", "milestone.description"), ("amount", "milestone.amount"), ("dueDate", "milestone.dueDate"));

    private static HireMilestone FirstMilestone(ToolArguments milestone) =>
        ProposalsHireCommand.Milestone(milestone.String("name"), milestone.String("description"), milestone.Decimal("amount"), milestone.String("dueDate"), MilestoneNames);
}
