using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

internal static class JobsFacetsCommand
{
    internal static ApiOperation<JobFacetsResponse> Operation() => new(JobsRequests.Facets(), Write);

    private static void Write(JobFacetsResponse facets, TextWriter output)
    {
        new KeyValueBlock()
            .Add("Total jobs", facets.TotalJobs?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add("Categories", Join(facets.Categories))
            .Add("Languages", Join(facets.Languages))
            .Add("Countries", Join(facets.Countries))
            .Add("Pay types", Join(facets.PayTypes))
            .Add("Generated", facets.GeneratedAt)
            .WriteTo(output);
    }

    /// <summary><c>Spanish (12), English (9)</c>, in the API's order (count, highest first).</summary>
    private static string? Join(IReadOnlyList<JobFacet>? facets) => facets is { Count: > 0 }
        ? string.Join(", ", facets.Select(f => f.Count is { } count ? $"{f.Value} ({count.ToString(System.Globalization.CultureInfo.InvariantCulture)})" : f.Value))
        : null;
}
