using OpenTrain.Toolkit;
using OpenTrain.Http;

namespace OpenTrain.Commands.Approvals;

/// <summary>
/// <c>--wait</c> for an approval: <c>approvals get</c> polls it, and the commands that hand a human
/// an approval (hire, fund, approve, contract end) send their request once, then poll it.
/// </summary>
internal static class ApprovalWait
{
    public static WaitTarget<ApprovalEnvelope> Target(string approvalId) => new(
        ApprovalsRequests.Get(approvalId),
        envelope => envelope.Approval?.Status,
        "pending",
        "confirmed",
        "Waiting for a human to confirm the approval",
        (envelope, output) => ApprovalOutput.WriteStatus(output, envelope.Approval ?? throw CliException.InvalidResponse("the response has no approval")),
        status => status switch
        {
            "declined" => $"approval {approvalId} was declined by a human: nothing was executed.",
            "expired" => $"approval {approvalId} expired before anyone confirmed it: nothing was executed. Send the request again to get a new approval.",
            _ => $"approval {approvalId} ended with status '{status}': nothing was executed.",
        },
        timeout => $"approval {approvalId} was still pending after {StatusWait.Seconds(timeout)} s. Keep waiting: {HandOffOutput.Waiting(ApprovalOutput.CheckCommand(approvalId))}")
    {
        Resume = ($"approval {approvalId}", HandOffOutput.Waiting(ApprovalOutput.CheckCommand(approvalId))),
    };

    /// <summary>The line that tells whoever watches stderr where the human confirms.</summary>
    public static string? UrlLine(Approval? approval) =>
        approval?.ApprovalUrl is { } url ? $"Waiting for a signed-in human to open and confirm: {url}" : null;

    /// <summary>
    /// Runs a command whose response may carry a pending approval; with <paramref name="wait"/>, sends
    /// the request once and then polls the approval (a response without one is the final result).
    /// </summary>
    public static async Task RunAsync<T>(this CommandContext context, ApiOperation<T> operation, Func<T, Approval?> approvalOf, WaitOptions? wait,
        CancellationToken cancellationToken)
    {
        if (wait is null)
        {
            await context.RunAsync(operation, cancellationToken);
            return;
        }
        var terminal = context.Terminal;
        using var connection = context.Connect(operation.RequiresToken);
        ApiResponse<T> first;
        try
        {
            first = await connection.SendAsync(operation.Call, cancellationToken);
        }
        catch (OpenTrainApiException ex)
        {
            throw new OperationFailedException(ex, operation.HintFor(ex));
        }
        var approval = approvalOf(first.Value);
        var json = context.Global.Json;
        if (approval?.Id is not { Length: > 0 } approvalId)
        {
            // Nothing for a human to confirm (e.g. a contract without funded milestones ended at once).
            if (json) JsonOutput.CopyIndented(new MemoryStream(first.Body, writable: false), terminal);
            else operation.Describe(first.Value, new StyledWriter(terminal.Out, terminal.ColorEnabled));
            return;
        }
        if (json)
        {
            if (UrlLine(approval) is { } line) terminal.Err.WriteLine(line);
        }
        else
        {
            // The hand-off without its "Check it with … / Or wait …" lines: this run is that wait already (the live
            // line says so on a terminal; after Ctrl-C the command to resume is printed).
            using var handOff = new StringWriter { NewLine = "\n" };
            operation.Describe(first.Value, handOff);
            terminal.Out.Write(HandOffOutput.WithoutCheck(handOff.ToString()));
            terminal.Out.WriteLine();
        }
        await StatusWait.RunAsync(context, connection, Target(approvalId), wait, announce: null, cancellationToken);
    }
}
