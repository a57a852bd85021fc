using OpenTrain.Toolkit;
using OpenTrain.Commands.Approvals;

namespace OpenTrain.Commands.Contracts;

[RegisterCommands("contracts")]
internal sealed class ContractsEndCommand(CommandContext context)
{
    /// <summary>End a contract (a human approves it when milestones are funded).</summary>
    /// <param name="id">Same as --contract-id.</param>
    /// <param name="contractId">The contract id.</param>
    /// <param name="wait">Poll until a human confirms or declines (exit 1 unless confirmed).</param>
    /// <param name="timeout">With --wait: give up after this many seconds, default 1800.</param>
    /// <param name="interval">With --wait: seconds between polls, default 5.</param>
    [Listed(CommandGroup.Money, "opentrain contracts end ct_123")]
    [Endpoint("POST", "/contracts/{contractId}/end", "payments:write", "contracts/end", Claim = true, FeatureFlag = FeatureFlags.PaymentsWrite)]
    public Task End([Argument] string? id = null, string? contractId = null, bool wait = false, string? timeout = null, string? interval = null,
        CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(CommandArgs.RequireId(id, contractId, "--contract-id")), response => response.Approval, WaitOptions.Parse(wait, timeout, interval), cancellationToken);

    internal static ApiOperation<ContractEndResponse> Operation(string contractId) =>
        new(ContractsRequests.End(contractId), (response, output) => Write(contractId, response, output));

    // The body tells the two outcomes apart: 200 {ok, status} ended now; 202 {approval} waits for a human.
    private static void Write(string contractId, ContractEndResponse response, TextWriter output)
    {
        if (response.Approval is not null)
        {
            ApprovalOutput.WritePending(output, new ApprovalEnvelope(response.Approval, response.Message),
                $"Contract {contractId} has funded milestones: ending it needs a human's approval. It has not ended yet.");
            return;
        }
        output.WriteLine($"Contract {response.ContractId ?? contractId} ended{(response.Status is null or "ended" ? "" : $" (status: {response.Status})")}.");
    }
}
