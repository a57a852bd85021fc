using OpenTrain.Toolkit;
using OpenTrain.Commands.Contracts;

namespace OpenTrain.Commands.Milestones;

internal static class MilestonesCreateCommand
{
    /// <summary>A description, and an amount (fixed price) or a volume (hourly, per label), each greater than 0; an ISO 8601 due date.</summary>
    internal static CreateMilestoneRequest Request(string? description, string? name, decimal? amount, decimal? volume, string? dueDate, ArgumentNames names)
    {
        var text = CommandArgs.Require(description, names["description"]);
        if (amount is null && volume is null)
            throw new UsageException($"{names["amount"]} or {names["volume"]} is required (on hourly and per-label contracts either one; the other is computed from the contract's rate)");
        return new CreateMilestoneRequest(text, string.IsNullOrWhiteSpace(name) ? null : name,
            amount is { } a ? NumberArgument.Positive(a, names["amount"]) : null,
            volume is { } v ? NumberArgument.Positive(v, names["volume"]) : null,
            CommandArgs.IsoDateOrDateTime(dueDate, names["dueDate"]));
    }

    /// <summary>
    /// Fetches the contract first (a GET), prices the milestone in its units (<see cref="MilestonePricing"/>), then sends
    /// the one POST. Usage errors <paramref name="names"/> the surface's parameters.
    /// </summary>
    internal static ApiOperation<MilestoneResponse> Operation(string contractId, CreateMilestoneRequest body, ArgumentNames names) =>
        new(MilestonesRequests.Create(contractId, body), (response, output) => Write(contractId, null, null, response, output))
        {
            Prepare = async (connection, cancellationToken) =>
            {
                var contract = (await connection.SendAsync(ContractsRequests.Get(contractId), cancellationToken)).Value.Contract;
                var priced = MilestonePricing.Price(contractId, contract, body, names);
                return new(MilestonesRequests.Create(contractId, priced.Body),
                    (response, output) => Write(contractId, contract?.PaymentType, priced.Computed, response, output));
            },
        };

    private static void Write(string contractId, string? paymentType, string? computed, MilestoneResponse response, TextWriter output)
    {
        var milestone = response.Milestone ?? throw CliException.InvalidResponse("the response has no milestone");
        output.WriteLine($"Created milestone {milestone.Id} on contract {contractId}. No money has moved.");
        if (computed is not null) output.WriteLine(computed);
        output.WriteLine();
        ContractOutput.MilestoneFields(milestone, paymentType).WriteTo(output);
        output.WriteLine();
        output.WriteLine("Next: request funding (a human confirms the payment):");
        output.WriteLine($"  {new ShellCommand("opentrain milestones fund").Arg(milestone.Id)}");
    }
}
