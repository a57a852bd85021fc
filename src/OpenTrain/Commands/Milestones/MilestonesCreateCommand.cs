using OpenTrain.Toolkit;
using OpenTrain.Commands.Contracts;

namespace OpenTrain.Commands.Milestones;

[RegisterCommands("milestones")]
internal sealed class MilestonesCreateCommand(CommandContext context)
{
    /// <summary>Add an unfunded milestone to a contract (no money moves).</summary>
    /// <param name="id">Same as --contract-id.</param>
    /// <param name="contractId">The contract to add the milestone to.</param>
    /// <param name="description">What the trainer delivers (required).</param>
    /// <param name="name">Short label for the milestone.</param>
    /// <param name="amount">--amount-usd, Amount in USD, greater than 0 (required for fixed-price contracts).</param>
    /// <param name="volume">Hours or labels, greater than 0 (required for hourly and per-label contracts).</param>
    /// <param name="dueDate">Due date: YYYY-MM-DD, or an ISO 8601 time such as 2026-07-15T09:00:00Z.</param>
    [Listed(CommandGroup.Money, "opentrain milestones create --contract-id ct_123 --description \"Label the next 5,000 posts\" --amount 300 --due-date 2026-07-15")]
    [Endpoint("POST", "/contracts/{contractId}/milestones", "payments:write", "contracts/create-milestone", Claim = true, FeatureFlag = FeatureFlags.PaymentsWrite)]
    public Task Create([Argument] string? id = null, string? contractId = null, [RequiredFlag] string? description = null, string? name = null,
        string? amount = null, string? volume = null, string? dueDate = null, CancellationToken cancellationToken = default)
    {
        var contract = CommandArgs.RequireId(id, contractId, "--contract-id");
        var body = Request(description, name, NumberArgument.Parse(amount, "--amount"), NumberArgument.Parse(volume, "--volume"), dueDate, ArgumentNames.Flags);
        return context.RunAsync(Operation(contract, body), cancellationToken);
    }

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
