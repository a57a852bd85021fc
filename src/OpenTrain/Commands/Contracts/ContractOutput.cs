using OpenTrain.Cli;

namespace OpenTrain.Commands.Contracts;

/// <summary>How contracts and their milestones read in human output (shared by list, get and milestones create).</summary>
internal static class ContractOutput
{
    public static string? Trainer(ContractFreelancer? freelancer) =>
        freelancer?.DisplayName is not { Length: > 0 } name ? null
        : string.IsNullOrEmpty(freelancer.Country) ? name : $"{name} ({freelancer.Country})";

    /// <summary><c>$300.00 fixed price</c>, <c>$25.00/hour</c>, <c>$0.05/label</c>.</summary>
    public static string? Rate(string? paymentType, decimal? rateUsd) => paymentType switch
    {
        "FIXED_PRICE" => $"{Money.Usd(rateUsd)} fixed price",
        "PAY_PER_HOUR" => $"{Money.Usd(rateUsd)}/hour",
        "PAY_PER_LABEL" => $"{Money.Usd(rateUsd)}/label",
        null => Money.Usd(rateUsd),
        _ => $"{Money.Usd(rateUsd)} ({paymentType})",
    };

    public static void WriteMilestoneTable(TextWriter output, IEnumerable<(string? ContractId, Milestone Milestone)> rows, bool withContract)
    {
        var table = withContract
            ? new Table("CONTRACT", "#", "MILESTONE", "NAME", "STATUS", "AMOUNT", "VOLUME", "DUE", "NOTE")
            : new Table("#", "MILESTONE", "NAME", "STATUS", "AMOUNT", "VOLUME", "DUE", "NOTE");
        foreach (var (contractId, m) in rows)
        {
            string?[] cells = [Number(m.MilestoneNumber), m.Id, m.Name, m.Status, Money.Usd(m.AmountUsd), Plain(m.Volume), Timestamps.Date(m.DueDate), Note(m)];
            table.AddRow(withContract ? [contractId, .. cells] : cells);
        }
        table.WriteTo(output);
    }

    public static KeyValueBlock MilestoneFields(Milestone milestone) => new KeyValueBlock()
        .Add("Milestone", milestone.Id)
        .Add("Number", Number(milestone.MilestoneNumber))
        .Add("Name", milestone.Name)
        .Add("Description", milestone.Description)
        .Add("Status", milestone.Status)
        .Add("Amount", Money.Usd(milestone.AmountUsd))
        .Add("Volume", Plain(milestone.Volume))
        .Add("Due", Timestamps.Date(milestone.DueDate))
        .Add("Note", Note(milestone));

    public static string? Plain(decimal? number) => number?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Number(int? milestoneNumber) => milestoneNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Note(Milestone m) => string.Join(", ", new[]
    {
        m.PendingApproval == true ? "pending approval" : null,
        m.NeedsReview == true ? "needs review" : null,
    }.Where(n => n is not null));
}
