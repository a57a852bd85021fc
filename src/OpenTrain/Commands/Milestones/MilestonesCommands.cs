using OpenTrain.Commands.Approvals;
using OpenTrain.Commands.Contracts;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Milestones;

/// <summary>The <c>opentrain milestones</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("milestones"), Group(CommandGroup.Money)]
internal sealed class MilestonesCommands(CommandContext context)
{
    /// <summary>Request release of a funded milestone to the trainer (a human confirms).</summary>
    /// <param name="id">Same as --milestone-id.</param>
    /// <param name="milestoneId">The milestone to release.</param>
    /// <param name="wait">Poll until a human confirms or declines (exit 1 unless confirmed).</param>
    /// <param name="timeout">With --wait: give up after this many seconds, default 1800.</param>
    /// <param name="interval">With --wait: seconds between polls, default 5.</param>
    [Listed("opentrain milestones approve ms_456"), Endpoint("POST", "/milestones/{milestoneId}/approve", "payments:write", "milestones/approve", Claim = true, FeatureFlag = FeatureFlags.PaymentsWrite)]
    public Task Approve([Argument] string? id = null, string? milestoneId = null, bool wait = false, string? timeout = null, string? interval = null, CancellationToken cancellationToken = default) => context.RunAsync(MilestonesApproveCommand.Operation(CommandArgs.RequireId(id, milestoneId, "--milestone-id")), response => response.Approval, WaitOptions.Parse(wait, timeout, interval), cancellationToken);

    /// <summary>Add an unfunded milestone to a contract (no money moves), priced in the contract's units.</summary>
    /// <param name="id">Same as --contract-id.</param>
    /// <param name="contractId">The contract to add the milestone to.</param>
    /// <param name="description">What the trainer delivers (required).</param>
    /// <param name="name">Short label for the milestone.</param>
    /// <param name="amount">--amount-usd, Amount in USD, greater than 0. Hourly and per-label contracts: the volume is computed from the contract's rate.</param>
    /// <param name="volume">Hours or labels, greater than 0 (hourly and per-label contracts): the amount is computed from the contract's rate; with --amount, both must agree within a cent.</param>
    /// <param name="dueDate">Due date: YYYY-MM-DD, or an ISO 8601 time such as 2026-07-15T09:00:00Z.</param>
    [Listed("opentrain milestones create --contract-id ct_123 --description \"Label the next 5,000 posts\" --amount 300 --due-date 2026-07-15", "opentrain milestones create ct_123 --description \"Label the next 5,000 posts\" --volume 5000"), Endpoint("POST", "/contracts/{contractId}/milestones", "payments:write", "contracts/create-milestone", Claim = true, FeatureFlag = FeatureFlags.PaymentsWrite)]
    public Task Create([Argument] string? id = null, string? contractId = null, [RequiredFlag] string? description = null, string? name = null, string? amount = null, string? volume = null, string? dueDate = null, CancellationToken cancellationToken = default)
    {
        var contract = CommandArgs.RequireId(id, contractId, "--contract-id");
        var body = MilestonesCreateCommand.Request(description, name, NumberArgument.Parse(amount, "--amount"), NumberArgument.Parse(volume, "--volume"), dueDate, ArgumentNames.Flags);
        return context.RunAsync(MilestonesCreateCommand.Operation(contract, body, ArgumentNames.Flags), cancellationToken);
    }

    /// <summary>Request funding of a milestone (a human confirms; the CLI never moves money).</summary>
    /// <param name="id">Same as --milestone-id.</param>
    /// <param name="milestoneId">The milestone to fund.</param>
    /// <param name="wait">Poll until a human confirms or declines (exit 1 unless confirmed).</param>
    /// <param name="timeout">With --wait: give up after this many seconds, default 1800.</param>
    /// <param name="interval">With --wait: seconds between polls, default 5.</param>
    [Listed("opentrain milestones fund ms_456"), Endpoint("POST", "/milestones/{milestoneId}/fund", "payments:write", "milestones/fund", Claim = true, FeatureFlag = FeatureFlags.PaymentsWrite)]
    public Task Fund([Argument] string? id = null, string? milestoneId = null, bool wait = false, string? timeout = null, string? interval = null, CancellationToken cancellationToken = default) => context.RunAsync(MilestonesFundCommand.Operation(CommandArgs.RequireId(id, milestoneId, "--milestone-id")), response => response.Approval, WaitOptions.Parse(wait, timeout, interval), cancellationToken);
}
