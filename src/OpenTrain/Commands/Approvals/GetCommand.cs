using OpenTrain.Cli;

namespace OpenTrain.Commands.Approvals;

[RegisterCommands("approvals")]
internal sealed class GetCommand(CommandContext context)
{
    /// <summary>Show the status of a human approval.</summary>
    /// <param name="id">The approval id, positionally (same as --approval-id).</param>
    /// <param name="approvalId">The approval id.</param>
    public Task Get([Argument] string? id = null, string? approvalId = null, CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(CommandArgs.RequireId(id, approvalId, "--approval-id")), cancellationToken);

    internal static ApiOperation<ApprovalEnvelope> Operation(string approvalId) =>
        new(ApprovalsApi.Get(approvalId),
            (envelope, output) => ApprovalOutput.WriteStatus(output, envelope.Approval ?? throw CliException.InvalidResponse("the response has no approval")));
}
