using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Contracts;

internal static class ContractsListCommand
{
    internal static readonly string[] Statuses = ["active", "ended"];

    internal static string? Status(string? status, ArgumentNames names) => EnumArgument.Parse(status, names["status"], Statuses);

    internal static ApiOperation<ContractListResponse> Operation(string? jobId, string? status) => new(ContractsRequests.List(jobId, status), Write);

    private static void Write(ContractListResponse response, TextWriter output)
    {
        var contracts = response.Contracts ?? [];
        if (!TableOutput.WriteRows(output, contracts, "No contracts found.", ["ID", "STATUS", "TITLE", "TRAINER", "RATE", "STARTED"],
                c => [c.Id, c.Status, c.Title, ContractOutput.Trainer(c.Freelancer), ContractOutput.Rate(c.PaymentType, c.RateUsd), c.StartDate]))
            return;

        var milestones = contracts.SelectMany(c => (c.Milestones ?? []).Select(m => (c.Id, c.PaymentType, m))).ToList();
        if (milestones.Count == 0) return;
        output.WriteLine();
        output.WriteLine("Milestones:");
        ContractOutput.WriteMilestoneTable(output, milestones, withContract: true);
    }
}
