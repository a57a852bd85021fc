using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Approvals;

internal static class ApprovalsGetCommand
{
    internal static async Task WaitAsync(CommandContext context, string approvalId, WaitOptions options, CancellationToken cancellationToken)
    {
        using var connection = context.Connect();
        await StatusWait.RunAsync(context, connection, ApprovalWait.Target(approvalId), options, envelope => ApprovalWait.UrlLine(envelope.Approval), cancellationToken);
    }

    internal static ApiOperation<ApprovalEnvelope> Operation(string approvalId) =>
        new(ApprovalsRequests.Get(approvalId),
            (envelope, output) => ApprovalOutput.WriteStatus(output, envelope.Approval ?? throw CliException.InvalidResponse("the response has no approval")));
}
