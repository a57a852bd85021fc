using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

[RegisterCommands("jobs")]
internal sealed class JobsSearchCommand(CommandContext context)
{
    /// <summary>Search the public job marketplace (no token needed, none is sent).</summary>
    /// <param name="query">-q|--q, Free text matched against titles and descriptions.</param>
    /// <param name="language">Only jobs requiring this language, e.g. Spanish.</param>
    /// <param name="country">Only jobs open to this country, e.g. US.</param>
    /// <param name="payType">Only this pay type: PAY_PER_HOUR, FIXED_PRICE or PAY_PER_LABEL.</param>
    /// <param name="limit">Jobs per page: 1–100.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="all">Follow nextCursor to the last page: pages stream as they arrive; with --json, one document with the pages' items merged.</param>
    [Listed(CommandGroup.Jobs, "opentrain jobs search --query sentiment --language Spanish --pay-type PAY_PER_HOUR")]
    [Endpoint("GET", "/jobs", Requirement.NoToken, "jobs/search")]
    public Task Search(string? query = null, string? language = null, string? country = null, [OneOf(typeof(JobEnums), nameof(JobEnums.PayTypes))] string? payType = null, int? limit = null,
        string? cursor = null, bool all = false, CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(
            new JobSearchFilters(query, language, country, EnumArgument.Parse(payType, "--pay-type", JobEnums.PayTypes)),
            PageOptions.Parse(limit, cursor, all)), cancellationToken);

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
