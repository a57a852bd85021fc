using OpenTrain.Toolkit;
using OpenTrain.Commands.Approvals;

namespace OpenTrain.Commands.Contracts;

internal static class ContractsEndCommand
{
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
