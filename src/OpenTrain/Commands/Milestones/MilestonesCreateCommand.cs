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
            throw new UsageException($"{names["amount"]} (fixed-price contracts) or {names["volume"]} (hourly and per-label contracts) is required");
        return new CreateMilestoneRequest(text, string.IsNullOrWhiteSpace(name) ? null : name,
            amount is { } a ? NumberArgument.Positive(a, names["amount"]) : null,
            volume is { } v ? NumberArgument.Positive(v, names["volume"]) : null,
            CommandArgs.IsoDateOrDateTime(dueDate, names["dueDate"]));
    }

    internal static ApiOperation<MilestoneResponse> Operation(string contractId, CreateMilestoneRequest body) =>
        new(MilestonesRequests.Create(contractId, body), (response, output) => Write(contractId, response, output));

    private static void Write(string contractId, MilestoneResponse response, TextWriter output)
    {
        var milestone = response.Milestone ?? throw CliException.InvalidResponse("the response has no milestone");
        output.WriteLine($"Created milestone {milestone.Id} on contract {contractId}. No money has moved.");
        output.WriteLine();
        ContractOutput.MilestoneFields(milestone).WriteTo(output);
        output.WriteLine();
        output.WriteLine("Next: request funding (a human confirms the payment):");
        output.WriteLine($"  {new ShellCommand("opentrain milestones fund").Arg(milestone.Id)}");
    }
}
