using OpenTrain.Commands.Approvals;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Contracts;

/// <summary>The <c>opentrain contracts</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("contracts"), Group(CommandGroup.Money)]
internal sealed class ContractsCommands(CommandContext context)
{
    /// <summary>End a contract (a human approves it when milestones are funded).</summary>
    /// <param name="id">Same as --contract-id.</param>
    /// <param name="contractId">The contract id.</param>
    /// <param name="wait">Poll until a human confirms or declines (exit 1 unless confirmed).</param>
    /// <param name="timeout">With --wait: give up after this many seconds, default 1800.</param>
    /// <param name="interval">With --wait: seconds between polls, default 5.</param>
    [Listed("opentrain contracts end ct_123"), Endpoint("POST", "/contracts/{contractId}/end", "payments:write", "contracts/end", Claim = true, FeatureFlag = FeatureFlags.PaymentsWrite)]
    public Task End([Argument] string? id = null, string? contractId = null, bool wait = false, string? timeout = null, string? interval = null, CancellationToken cancellationToken = default) => context.RunAsync(ContractsEndCommand.Operation(CommandArgs.RequireId(id, contractId, "--contract-id")), response => response.Approval, WaitOptions.Parse(wait, timeout, interval), cancellationToken);

    /// <summary>Show a contract with its milestones and budget.</summary>
    /// <param name="id">Same as --contract-id.</param>
    /// <param name="contractId">The contract id.</param>
    [Listed("opentrain contracts get ct_123"), Endpoint("GET", "/contracts/{contractId}", "payments:read", "contracts/get")]
    public Task Get([Argument] string? id = null, string? contractId = null, CancellationToken cancellationToken = default) => context.RunAsync(ContractsGetCommand.Operation(CommandArgs.RequireId(id, contractId, "--contract-id")), cancellationToken);

    /// <summary>List contracts and their milestones.</summary>
    /// <param name="jobId">Only contracts on this job.</param>
    /// <param name="status">Only 'active' or 'ended' contracts (default: both).</param>
    [Listed("opentrain contracts list --status active"), Endpoint("GET", "/contracts", "payments:read", "contracts/list")]
    public Task List(string? jobId = null, [OneOf("active", "ended")] string? status = null, CancellationToken cancellationToken = default) => context.RunAsync(ContractsListCommand.Operation(jobId, ContractsListCommand.Status(status, ArgumentNames.Flags)), cancellationToken);
}
