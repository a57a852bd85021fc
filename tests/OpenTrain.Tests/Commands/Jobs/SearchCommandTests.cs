using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs;

public class SearchCommandTests
{
    private const string Results = """
        {"jobs":[
          {"id":"J9","slug":"spanish-audio","title":"Spanish Audio Annotation","companyName":"Acme AI","status":"OPEN","languages":["Spanish"],"countries":[],
           "pay":{"paymentType":"PAY_PER_HOUR","currency":"USD","hourlyRate":12,"hourlyMin":null,"hourlyMax":null,"fixedPrice":null,"perLabelRate":null},
           "url":"https://app.opentrain.ai/jobs/spanish-audio-J9"},
          {"id":"J10","title":"Image boxes","companyName":null,"languages":[],"countries":["US","CA"],
           "pay":{"paymentType":"PAY_PER_LABEL","currency":"USD","hourlyRate":null,"perLabelRate":0.055},"url":"https://app.opentrain.ai/jobs/image-J10"}],
         "nextCursor":null,"generatedAt":"2026-06-12T08:00:00.000Z"}
        """;

    [Test]
    public async Task Works_without_any_credentials_and_sends_no_authorization()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        api.On("GET", "/api/public/v1/jobs", 200, Results);

        var result = await api.RunAsync("jobs", "search", "-q", "audio", "--language", "Spanish", "--country", "ES", "--pay-type", "pay-per-hour", "--limit", "10", "--cursor", "c1");

        var request = await api.SingleRequestAsync();
        await Assert.That(request.Query).IsEqualTo("?q=audio&language=Spanish&country=ES&payType=PAY_PER_HOUR&limit=10&cursor=c1");
        await Assert.That(request.Header("Authorization")).IsNull();
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("""
            ID   PAY           LANGUAGES  COUNTRIES  TITLE                               URL
            J9   $12.00/hour   Spanish    any        Spanish Audio Annotation (Acme AI)  https://app.opentrain.ai/jobs/spanish-audio-J9
            J10  $0.055/label  any        US, CA     Image boxes                         https://app.opentrain.ai/jobs/image-J10

            """);
    }

    [Test]
    public async Task Never_sends_a_configured_token()
    {
        await using var api = await ApiSession.StartAsync(withToken: true);
        api.On("GET", "/api/public/v1/jobs", 200, """{"jobs":[],"nextCursor":null}""");

        var result = await api.RunAsync("jobs", "search", "--query", "x");

        await Assert.That((await api.SingleRequestAsync()).Header("Authorization")).IsNull();
        await Assert.That(result.Stdout).IsEqualTo("No jobs match.\n");
    }

    [Test]
    public async Task Next_page_hint_keeps_the_filters()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        api.On("GET", "/api/public/v1/jobs", 200, """{"jobs":[],"nextCursor":"n2"}""");
        var result = await api.RunAsync("jobs", "search", "--q", "sentiment analysis", "--pay-type", "FIXED_PRICE");
        await Assert.That(result.Stderr).IsEqualTo("More results: opentrain jobs search --query 'sentiment analysis' --pay-type FIXED_PRICE --cursor n2\n");
    }

    [Test]
    public async Task Bad_pay_type_is_a_usage_error()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        await api.AssertUsageErrorAsync(await api.RunAsync("jobs", "search", "--pay-type", "HOURLY"),
            "invalid value 'HOURLY' for --pay-type (expected one of: PAY_PER_HOUR, FIXED_PRICE, PAY_PER_LABEL)");
    }
}
