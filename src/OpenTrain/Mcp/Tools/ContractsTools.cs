using OpenTrain.Toolkit;
using OpenTrain.Commands.Contracts;
using OpenTrain.Commands.Milestones;
using OpenTrain.Generated.Contracts;
using OpenTrain.Commands.Approvals;

namespace OpenTrain.Mcp.Tools;

/// <summary>Contracts, milestones and human approvals. Money never moves from here.</summary>
internal static class ContractsTools
{
    private const string Pending =
        "Nothing moves until a human confirms: the result is a pending approval with an approvalUrl to give the human; follow it with opentrain_get_approval.";

    private const string Confirmed = "a human confirms or declines the approval (or it expires)";

    public static IEnumerable<McpTool> All() =>
    [
        McpTool.For("opentrain_list_contracts", "List contracts", "contracts list",
            "List contracts (hires) with their milestones.",
            new ToolSchema()
                .String("jobId", "Only contracts on this job.")
                .Enum("status", "Only active or ended contracts (default: both).", ContractsListCommand.Statuses),
            (args, _) => ContractsListCommand.Operation(args.String("jobId"), ContractsListCommand.Status(args.String("status"), ArgumentNames.Tool))),

        McpTool.ForId("opentrain_get_contract", "Show a contract", "contracts get",
            "Show a contract with its milestones, budget and the conversation with the trainer.",
            "contractId", "The contract id.", ContractsGetCommand.Operation),

        McpTool.For("opentrain_create_milestone", "Add a milestone", "milestones create",
            "Add an unfunded milestone to a contract (no money moves). Fixed-price contracts need amount; on hourly and per-label ones give amount or volume " +
            "and the other is computed from the contract's rate (fetched first; the result text says what was computed). " +
            "Then request funding with opentrain_request_milestone_funding.",
            new ToolSchema()
                .String("contractId", "The contract to add the milestone to.", required: true)
                .String("description", "What the trainer delivers.", required: true)
                .String("name", "Short label for the milestone.")
                .Number("amount", "Amount in USD, greater than 0. Hourly and per-label contracts: the volume is computed from the contract's rate.")
                .Number("volume", "Hours or labels, greater than 0 (hourly and per-label contracts): the amount is computed from the contract's rate; with amount, both must agree within a cent.")
                .String("dueDate", "Due date, ISO 8601 (e.g. 2026-07-15)."),
            (args, _) => MilestonesCreateCommand.Operation(args.Id("contractId"), MilestonesCreateCommand.Request(args.String("description"), args.String("name"),
                args.Decimal("amount"), args.Decimal("volume"), args.String("dueDate"), ArgumentNames.Tool), ArgumentNames.Tool)),

        McpTool.ForId("opentrain_request_milestone_funding", "Request milestone funding", "milestones fund",
            "Request funding of a milestone into escrow. " + Pending,
            "milestoneId", "The milestone to fund.", MilestonesFundCommand.Operation).Waiting(Confirmed, ToolWait.Approval, handOff: true),

        McpTool.ForId("opentrain_request_milestone_approval", "Request milestone release", "milestones approve",
            "Request release of a funded milestone's escrow to the trainer. " + Pending,
            "milestoneId", "The funded milestone to release.", MilestonesApproveCommand.Operation).Waiting(Confirmed, ToolWait.Approval, handOff: true),

        McpTool.ForId("opentrain_get_approval", "Show an approval", "approvals get",
            "Show the status of a human approval (pending, confirmed, declined, expired) and, once executed, its result.",
            "approvalId", "The approval id (from a hire, fund, approve or end-contract result).", ApprovalsGetCommand.Operation).Waiting(Confirmed, ToolWait.Approval),

        McpTool.ForId("opentrain_end_contract", "End a contract", "contracts end",
            "End a contract. Without funded milestones it ends at once; with funded milestones a human must approve: the result is then a " +
            "pending approval with its approvalUrl.",
            "contractId", "The contract to end.", ContractsEndCommand.Operation).Waiting(Confirmed, ToolWait.Approval, handOff: true),
    ];
}
