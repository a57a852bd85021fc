using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

internal static class JobsSearchCommand
{
    internal static ApiOperation<PublicJobSearchResponse> Operation(JobSearchFilters filters, PageOptions page) =>
        new(JobsRequests.Search(filters, page), (result, output) => ToTable(result).WriteTo(output))
        {
            AllPages = page.All ? (cursor => Operation(filters, page with { Cursor = cursor }), "jobs") : null,
            Paging = result => new PageFooter(result.Jobs?.Count ?? 0, result.NextCursor,
                page.AppendTo(new ShellCommand("opentrain jobs search").Option("--query", filters.Query).Option("--language", filters.Language)
                    .Option("--country", filters.Country).Option("--pay-type", filters.PayType)),
                "No jobs match."),
        };

    private static Table ToTable(PublicJobSearchResponse result)
    {
        var table = new Table("ID", "PAY", "LANGUAGES", "COUNTRIES", "TITLE", "URL");
        foreach (var job in result.Jobs ?? [])
        {
            table.AddRow(job.Id, Pay(job.Pay), Join(job.Languages, "any"), Join(job.Countries, "any"),
                job.CompanyName is { Length: > 0 } company ? $"{job.Title} ({company})" : job.Title, job.Url);
        }
        return table;
    }

    private static string Join(IReadOnlyList<string>? values, string whenEmpty) => values is { Count: > 0 } ? string.Join(", ", values) : whenEmpty;

    internal static string? Pay(PublicJobPay? pay) => pay?.PaymentType switch
    {
        null => null,
        "PAY_PER_HOUR" when pay.HourlyRate is not null => AmountText.Rate(pay.HourlyRate, "per_hour"),
        "PAY_PER_HOUR" when pay.HourlyMin is not null || pay.HourlyMax is not null =>
            $"{AmountText.Usd(pay.HourlyMin) ?? "?"}–{AmountText.Usd(pay.HourlyMax) ?? "?"}/hour",
        "FIXED_PRICE" when pay.FixedPrice is not null => $"{AmountText.Usd(pay.FixedPrice)} fixed",
        "PAY_PER_LABEL" when pay.PerLabelRate is not null => AmountText.Rate(pay.PerLabelRate, "per_label"),
        var type => type,
    };
}
