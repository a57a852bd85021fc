using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Approvals;

[RegisterCommands("approvals")]
internal sealed class ApprovalsGetCommand(CommandContext context)
{
    /// <summary>Show the status of a human approval.</summary>
    /// <param name="id">Same as --approval-id.</param>
    /// <param name="approvalId">The approval id.</param>
    /// <param name="wait">Poll until a human confirms or declines (exit 1 unless confirmed).</param>
    /// <param name="timeout">With --wait: give up after this many seconds, default 1800.</param>
    /// <param name="interval">With --wait: seconds between polls, default 5.</param>
    [Listed(CommandGroup.Money, "opentrain approvals get ap_789")]
    [Endpoint("GET", "/approvals/{approvalId}", "payments:read", "approvals/get")]
    public Task Get([Argument] string? id = null, string? approvalId = null, bool wait = false, string? timeout = null, string? interval = null,
        CancellationToken cancellationToken = default)
    {
        var approval = CommandArgs.RequireId(id, approvalId, "--approval-id");
        if (WaitOptions.Parse(wait, timeout, interval) is not { } options) return context.RunAsync(Operation(approval), cancellationToken);
        return WaitAsync(approval, options, cancellationToken);
    }

    private async Task WaitAsync(string approvalId, WaitOptions options, CancellationToken cancellationToken)
    {
        using var connection = context.Connect();
        await StatusWait.RunAsync(context, connection, ApprovalWait.Target(approvalId), options, envelope => ApprovalWait.UrlLine(envelope.Approval), cancellationToken);
    }

    internal static ApiOperation<ApprovalEnvelope> Operation(string approvalId) =>
        new(ApprovalsRequests.Get(approvalId),
            (envelope, output) => ApprovalOutput.WriteStatus(output, envelope.Approval ?? throw CliException.InvalidResponse("the response has no approval")));
}
