using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Approvals;

/// <summary>The <c>opentrain approvals</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("approvals"), Group(CommandGroup.Money)]
internal sealed class ApprovalsCommands(CommandContext context)
{
    /// <summary>Show the status of a human approval.</summary>
    /// <param name="id">Same as --approval-id.</param>
    /// <param name="approvalId">The approval id.</param>
    /// <param name="wait">Poll until a human confirms or declines (exit 1 unless confirmed).</param>
    /// <param name="timeout">With --wait: give up after this many seconds, default 1800.</param>
    /// <param name="interval">With --wait: seconds between polls, default 5.</param>
    [Listed("opentrain approvals get ap_789"), Endpoint("GET", "/approvals/{approvalId}", "payments:read", "approvals/get")]
    public Task Get([Argument] string? id = null, string? approvalId = null, bool wait = false, string? timeout = null, string? interval = null, CancellationToken cancellationToken = default)
    {
        var approval = CommandArgs.RequireId(id, approvalId, "--approval-id");
        if (WaitOptions.Parse(wait, timeout, interval) is not { } options) return context.RunAsync(ApprovalsGetCommand.Operation(approval), cancellationToken);
        return ApprovalsGetCommand.WaitAsync(context, approval, options, cancellationToken);
    }
}
