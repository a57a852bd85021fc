using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Contracts;

internal static class ContractsGetCommand
{
    internal static ApiOperation<ContractResponse> Operation(string contractId) => new(ContractsRequests.Get(contractId), Write);

    private static void Write(ContractResponse response, TextWriter output)
    {
        var c = response.Contract ?? throw CliException.InvalidResponse("the response has no contract");
        new KeyValueBlock()
            .Add("Contract", c.Id)
            .Add("Title", c.Title)
            .Add("Status", c.Status)
            .Add("Trainer", ContractOutput.Trainer(c.Freelancer))
            .Add("Rate", ContractOutput.Rate(c.PaymentType, c.RateUsd))
            .Add("Estimated", EstimateText(c))
            .Add("Job", c.JobId)
            .Add("Proposal", c.ProposalId)
            .Add("Started", c.StartDate)
            .Add("Ended", c.EndDate)
            .Add("Conversation", c.JobDmConversationId)
            .WriteTo(output);

        if (c.Budget is { } budget)
        {
            output.WriteLine();
            output.WriteLine($"Budget: {budget.State}");
            BudgetFields(budget, c.PaymentType).WriteTo(output, "  ");
        }

        output.WriteLine();
        if (c.Milestones is { Count: > 0 } milestones)
        {
            output.WriteLine("Milestones:");
            ContractOutput.WriteMilestoneTable(output, milestones.Select(m => (c.Id, c.PaymentType, m)), withContract: false);
        }
        else
        {
            output.WriteLine($"No milestones. Add one: {new ShellCommand("opentrain milestones create").Option("--contract-id", c.Id).Placeholder("--description", "text").Placeholder(c.PaymentType is "PAY_PER_HOUR" or "PAY_PER_LABEL" ? "--volume" : "--amount", c.PaymentType is "PAY_PER_HOUR" or "PAY_PER_LABEL" ? "n" : "usd")}");
        }

        if (!string.IsNullOrEmpty(c.JobDmConversationId))
        {
            output.WriteLine();
            output.WriteLine($"Talk to the trainer: {new ShellCommand("opentrain messages read").Arg(c.JobDmConversationId)}");
        }
    }

    private static string? EstimateText(Contract c)
    {
        var parts = new[] { c.EstimatedTotalUsd is null ? null : $"{Money.Usd(c.EstimatedTotalUsd)} total", Quantity.ContractVolume(c.EstimatedVolume, c.PaymentType) };
        var text = string.Join(", ", parts.Where(p => p is not null));
        return text.Length == 0 ? null : text;
    }

    private static KeyValueBlock BudgetFields(ContractBudget budget, string? paymentType)
    {
        var active = budget.ActiveMilestone;
        string? Volume(decimal? value) => Quantity.ContractVolume(value ?? 0, paymentType);
        return new KeyValueBlock()
            .Add("Funded", $"{Money.Usd(budget.FundedAmountUsd ?? 0)} ({Volume(budget.FundedVolume)})")
            .Add("Consumed", $"{Volume(budget.ConsumedVolume)} ({Percent(budget.ConsumedFraction)})")
            .Add("Remaining", Volume(budget.RemainingVolume))
            .Add("Usage", Usage(budget.Consumed))
            .Add("Active milestone", active is null ? "none" : $"{active.Id} {active.Name} ({active.Status}, {Money.Usd(active.AmountUsd)})".Replace("  ", " ", StringComparison.Ordinal))
            .Add("Last usage", budget.LastUsageAt);
    }

    /// <summary>What the work consumed so far, each count with its unit (<c>12.5 hours, 1,250 labels</c>); null when nothing was.</summary>
    private static string? Usage(BudgetConsumption? consumed)
    {
        var counts = new List<string>(3);
        void Count(decimal? value, string unit)
        {
            if (value is > 0 && Quantity.Of(value, unit) is { } count) counts.Add(count);
        }
        Count(consumed?.Hours, "hour");
        Count(consumed?.Labels, "label");
        Count(consumed?.Tasks, "task");
        return counts.Count == 0 ? null : string.Join(", ", counts);
    }

    private static string Percent(decimal? fraction) =>
        ((fraction ?? 0) * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
