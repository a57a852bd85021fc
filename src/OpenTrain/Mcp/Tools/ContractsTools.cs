using OpenTrain.Cli;
using OpenTrain.Commands.Contracts;
using OpenTrain.Commands.Milestones;
using OpenTrain.Generated.Contracts;
using ApprovalGet = OpenTrain.Commands.Approvals.GetCommand;
using ContractGet = OpenTrain.Commands.Contracts.GetCommand;
using ContractList = OpenTrain.Commands.Contracts.ListCommand;
using MilestoneCreate = OpenTrain.Commands.Milestones.CreateCommand;

namespace OpenTrain.Mcp.Tools;

/// <summary>Contracts, milestones and human approvals. Money never moves from here.</summary>
internal static class ContractsTools
{
    private static readonly string[] Statuses = ["active", "ended"];

    private const string Pending =
        "Nothing moves until a human confirms: the result is a pending approval with an approvalUrl to give the human; follow it with opentrain_get_approval.";

    public static IEnumerable<McpTool> All() =>
    [
        McpTool.For("opentrain_list_contracts", "List contracts", "GET /api/public/v1/contracts",
            "List contracts (hires) with their milestones.",
            new ToolSchema()
                .String("jobId", "Only contracts on this job.")
                .Enum("status", "Only active or ended contracts (default: both).", Statuses),
            (args, _) => ContractList.Operation(args.String("jobId"), EnumArgument.Parse(args.String("status"), "status", Statuses)?.ToLowerInvariant())),

        McpTool.ForId("opentrain_get_contract", "Show a contract", "GET /api/public/v1/contracts/{contractId}",
            "Show a contract with its milestones, budget and the conversation with the trainer.",
            "contractId", "The contract id.", ContractGet.Operation),

        McpTool.For("opentrain_create_milestone", "Add a milestone", "POST /api/public/v1/contracts/{contractId}/milestones",
            "Add an unfunded milestone to a contract (no money moves). Fixed-price contracts need amount; hourly and per-label ones need volume. " +
            "Then request funding with opentrain_request_milestone_funding.",
            new ToolSchema()
                .String("contractId", "The contract to add the milestone to.", required: true)
                .String("description", "What the trainer delivers.", required: true)
                .String("name", "Short label for the milestone.")
                .Number("amount", "Amount in USD, greater than 0 (fixed-price contracts).")
                .Number("volume", "Hours or labels, greater than 0 (hourly and per-label contracts).")
                .String("dueDate", "Due date, ISO 8601 (e.g. 2026-07-15)."),
            (args, _) => MilestoneCreate.Operation(args.Required("contractId"), NewMilestone(args))),

        McpTool.ForId("opentrain_request_milestone_funding", "Request milestone funding", "POST /api/public/v1/milestones/{milestoneId}/fund",
            "Request funding of a milestone into escrow. " + Pending,
            "milestoneId", "The milestone to fund.", FundCommand.Operation),

        McpTool.ForId("opentrain_request_milestone_approval", "Request milestone release", "POST /api/public/v1/milestones/{milestoneId}/approve",
            "Request release of a funded milestone's escrow to the trainer. " + Pending,
            "milestoneId", "The funded milestone to release.", ApproveCommand.Operation),

        McpTool.ForId("opentrain_get_approval", "Show an approval", "GET /api/public/v1/approvals/{approvalId}",
            "Show the status of a human approval (pending, confirmed, declined, expired) and, once executed, its result.",
            "approvalId", "The approval id (from a hire, fund, approve or end-contract result).", ApprovalGet.Operation),

        McpTool.ForId("opentrain_end_contract", "End a contract", "POST /api/public/v1/contracts/{contractId}/end",
            "End a contract. Without funded milestones it ends at once; with funded milestones a human must approve: the result is then a " +
            "pending approval with its approvalUrl.",
            "contractId", "The contract to end.", EndCommand.Operation),
    ];

    private static CreateMilestoneRequest NewMilestone(ToolArguments args)
    {
        if (!args.Has("amount") && !args.Has("volume"))
            throw new UsageException("amount (fixed-price contracts) or volume (hourly and per-label contracts) is required");
        return new CreateMilestoneRequest(args.Required("description"), string.IsNullOrWhiteSpace(args.String("name")) ? null : args.String("name"),
            args.Decimal("amount") is { } amount ? NumberArgument.Positive(amount, "amount") : null,
            args.Decimal("volume") is { } volume ? NumberArgument.Positive(volume, "volume") : null,
            CommandArgs.IsoDateOrDateTime(args.String("dueDate"), "dueDate"));
    }
}
