using OpenTrain.Toolkit;

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

    /// <summary>Milestones with their contract's pay type, which gives each volume its unit.</summary>
    public static void WriteMilestoneTable(TextWriter output, IEnumerable<(string? ContractId, string? PaymentType, Milestone Milestone)> rows, bool withContract)
    {
        var table = withContract
            ? new Table("CONTRACT", "#", "MILESTONE", "NAME", "STATUS", "AMOUNT", "VOLUME", "DUE", "NOTE")
            : new Table("#", "MILESTONE", "NAME", "STATUS", "AMOUNT", "VOLUME", "DUE", "NOTE");
        foreach (var (contractId, paymentType, m) in rows)
        {
            string?[] cells = [Number(m.MilestoneNumber), m.Id, m.Name, m.Status, Money.Usd(m.AmountUsd), Quantity.ContractVolume(m.Volume, paymentType), Timestamps.Date(m.DueDate), Note(m)];
            table.AddRow(withContract ? [contractId, .. cells] : cells);
        }
        table.WriteTo(output);
    }

    /// <summary>One milestone; without the contract's pay type a volume reads "5,000 hours/labels".</summary>
    public static KeyValueBlock MilestoneFields(Milestone milestone, string? paymentType = null) => new KeyValueBlock()
        .Add("Milestone", milestone.Id)
        .Add("Number", Number(milestone.MilestoneNumber))
        .Add("Name", milestone.Name)
        .Add("Description", milestone.Description)
        .Add("Status", milestone.Status)
        .Add("Amount", Money.Usd(milestone.AmountUsd))
        .Add("Volume", Quantity.ContractVolume(milestone.Volume, paymentType))
        .Add("Due", Timestamps.Date(milestone.DueDate))
        .Add("Note", Note(milestone));

    private static string? Number(int? milestoneNumber) => milestoneNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Note(Milestone m) => string.Join(", ", new[]
    {
        m.PendingApproval == true ? "pending approval" : null,
        m.NeedsReview == true ? "needs review" : null,
    }.Where(n => n is not null));
}
