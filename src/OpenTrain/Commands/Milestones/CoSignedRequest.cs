using OpenTrain.Cli;
using OpenTrain.Commands.Approvals;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Milestones;

/// <summary>Fund and approve: a bodiless POST that returns a pending approval for a human to confirm.</summary>
internal static class CoSignedRequest
{
    public static Task RunAsync(CommandContext context, Func<ApiConnection, Task<ApiResponse<ApprovalEnvelope>>> send, string headline, Func<string?, string?>? hintForReason = null) =>
        WithHint(() => context.SendAndPrintAsync(send, (envelope, output) => ApprovalOutput.WritePending(output, envelope, headline)), hintForReason);

    private static async Task WithHint(Func<Task> run, Func<string?, string?>? hintForReason)
    {
        try
        {
            await run();
        }
        catch (OpenTrainApiException ex) when (ex.Hint is null && hintForReason?.Invoke(ex.Reason) is { } hint)
        {
            ex.Hint = hint;
            throw;
        }
    }
}
