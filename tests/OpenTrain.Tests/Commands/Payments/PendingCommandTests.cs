using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Payments;

public class PendingCommandTests
{
    [Test]
    public async Task Lists_invoices_as_a_table()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/payments/pending", 200, """
            {"payments":[{"id":"inv_1","status":"PENDING_FUNDING","invoiceKind":"FUNDING","viewerRole":"EMPLOYER","amountUsd":300,"createdAt":"2026-06-12T10:05:00.000Z","invoiceNumber":1042,"job":{"id":"job_1","title":"Spanish tweet sentiment labeling"},"milestone":{"id":"ms_1","name":"First labeling batch"}},{"id":"inv_2","status":"PENDING_PAYOUT","invoiceKind":"PAYOUT","viewerRole":"FREELANCER","amountUsd":1234.5,"createdAt":"2026-06-11T10:05:00.000Z","invoiceNumber":null,"job":{"id":"job_2","title":"Audio QA"},"milestone":null}]}
            """);

        var result = await api.RunAsync("payments", "pending");

        await api.AssertSingleRequest("GET", "/payments/pending");
        await Assert.That(result.Stdout).IsEqualTo(
            "INVOICE  STATUS           AMOUNT     JOB                               MILESTONE             CREATED\n" +
            "#1042    PENDING_FUNDING  $300.00    Spanish tweet sentiment labeling  First labeling batch  2026-06-12T10:05:00.000Z\n" +
            "inv_2    PENDING_PAYOUT   $1,234.50  Audio QA                                                2026-06-11T10:05:00.000Z\n");
    }

    [Test]
    public async Task Empty_says_so()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/payments/pending", 200, """{"payments":[]}""");

        var result = await api.RunAsync("payments", "pending");

        await Assert.That(result.Stdout).IsEqualTo("No pending payments.\n");
    }

    [Test]
    public async Task Missing_scope_renders_the_details()
    {
        await using var api = await ApiSession.StartAsync();
        const string details = """{"requiredScopes":["payments:read"],"grantedScopes":["jobs:read"]}""";
        api.Reply("GET", "/payments/pending", 403, Fixtures.Envelope("Missing scope", "FORBIDDEN", details));

        var result = await api.RunAsync("payments", "pending");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (403 FORBIDDEN): Missing scope", details);
    }

    [Test]
    public async Task Extra_arguments_are_usage_errors_without_a_request()
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageError(await api.RunAsync("payments", "pending", "now"), "unexpected argument 'now'");
    }
}
