using OpenTrain.Toolkit;
using OpenTrain.Commands.Approvals;
using OpenTrain.Http;

namespace OpenTrain.Commands.Milestones;

/// <summary>Fund and approve: a bodiless POST that returns a pending approval for a human to confirm.</summary>
internal static class CoSignedRequest
{
    public static ApiOperation<ApprovalEnvelope> Operation(ApiCall<ApprovalEnvelope> call, string headline, Func<string?, string?> hintForReason) =>
        new(call, (envelope, output) => ApprovalOutput.WritePending(output, envelope, headline)) { Hints = [ex => hintForReason(ex.Reason)] };
}
