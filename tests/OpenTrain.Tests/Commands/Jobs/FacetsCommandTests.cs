using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs;

public class FacetsCommandTests
{
    private const string Body = """
        {"totalJobs":42,"categories":[{"value":"Audio Annotation","count":12},{"value":"Text","count":9}],
         "languages":[{"value":"Spanish","count":10}],"countries":[{"value":"US","count":20},{"value":"CA","count":3}],
         "payTypes":[{"value":"PAY_PER_HOUR","count":30}],"generatedAt":"2026-06-12T08:00:00.000Z"}
        """;

    [Test]
    public async Task Lists_each_facet_with_counts_without_sending_a_token()
    {
        await using var api = await ApiSession.StartAsync(withToken: true);
        api.On("GET", "/api/public/v1/jobs/facets", 200, Body);

        var result = await api.RunAsync("jobs", "facets");

        var request = await api.SingleRequestAsync();
        await Assert.That(request.Query).IsEqualTo("");
        await Assert.That(request.Header("Authorization")).IsNull();
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("""
            Total jobs:  42
            Categories:  Audio Annotation (12), Text (9)
            Languages:   Spanish (10)
            Countries:   US (20), CA (3)
            Pay types:   PAY_PER_HOUR (30)
            Generated:   2026-06-12T08:00:00.000Z

            """);
    }

    [Test]
    public async Task An_extra_argument_is_a_usage_error()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        await api.AssertUsageErrorAsync(await api.RunAsync("jobs", "facets", "Spanish"), "unexpected argument 'Spanish'");
    }
}
