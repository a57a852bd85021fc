using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Webhooks;

public class CreateCommandTests
{
    private const string Secret = "whsec_s3cr3tValue0123456789";

    private static readonly string Created = $$"""
        {"webhook":{{Fixtures.Webhook}},"secret":"{{Secret}}","message":"Store the secret now — it is only returned once. Use it to verify the X-OpenTrain-Signature header on deliveries."}
        """;

    [Test]
    public async Task Collects_every_event_flag_and_comma_list_and_prints_the_secret_once_with_a_warning()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/webhooks", 201, Created);

        var result = await api.RunAsync("webhooks", "create", "--url", "https://example.com/hooks/opentrain",
            "--event", "proposal.received", "--event", "message.received, approval.confirmed", "--event=proposal.received");

        await api.AssertSingleRequest("POST", "/webhooks",
            body: """{"url":"https://example.com/hooks/opentrain","eventTypes":["proposal.received","message.received","approval.confirmed"]}""");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(
            "Created webhook wh_1.\n" +
            "\n" +
            "Webhook:  wh_1\n" +
            "Status:   ACTIVE\n" +
            "URL:      https://example.com/hooks/opentrain\n" +
            "Events:   proposal.received, message.received, approval.confirmed\n" +
            "Created:  2026-06-12T10:00:00.000Z\n" +
            "\n" +
            "Signing secret: STORE IT NOW. It is shown only this once and can never be retrieved again:\n" +
            Secret + "\n" +
            "\n" +
            "Use it to verify the X-OpenTrain-Signature header of each delivery. Lost it? Delete the webhook and create a new one.\n");
    }

    [Test]
    [Arguments("http://localhost:8080/hook")]
    [Arguments("http://127.0.0.1/hook")]
    [Arguments("http://[::1]:3000/hook")]
    public async Task Plain_http_is_accepted_for_loopback(string url)
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/webhooks", 201, Created);

        await api.RunAsync("webhooks", "create", "--url", url, "--event", "payment.pending");

        await api.AssertSingleRequest("POST", "/webhooks", body: $$"""{"url":"{{url}}","eventTypes":["payment.pending"]}""");
    }

    [Test]
    [Arguments(new[] { "--event", "payment.pending" }, "--url is required")]
    [Arguments(new[] { "--url", "http://example.com/h", "--event", "payment.pending" }, "--url must use https:// (plain http:// is accepted only for localhost and loopback addresses), got 'http://example.com/h'")]
    [Arguments(new[] { "--url", "example.com/h", "--event", "payment.pending" }, "--url must be an absolute https:// URL, got 'example.com/h'")]
    [Arguments(new[] { "--url", "ftp://example.com/h", "--event", "payment.pending" }, "--url must be an absolute https:// URL, got 'ftp://example.com/h'")]
    [Arguments(new[] { "--url", "https://example.com/h" }, "at least one --event is required (one of: proposal.received, proposal.status_changed, message.received, contract.created, milestone.status_changed, payment.pending, approval.confirmed, contract.budget_state_changed)")]
    [Arguments(new[] { "--url", "https://example.com/h", "--event", " , " }, "at least one --event is required (one of: proposal.received, proposal.status_changed, message.received, contract.created, milestone.status_changed, payment.pending, approval.confirmed, contract.budget_state_changed)")]
    [Arguments(new[] { "--url", "https://example.com/h", "--event", "proposal.received,contract.ended", "--event", "x" }, "unknown event types 'contract.ended', 'x'; valid types: proposal.received, proposal.status_changed, message.received, contract.created, milestone.status_changed, payment.pending, approval.confirmed, contract.budget_state_changed")]
    public async Task Invalid_url_or_events_are_usage_errors_without_a_request(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageError(await api.RunAsync(["webhooks", "create", .. args]), message);
    }

    [Test]
    public async Task A_url_over_2048_characters_is_a_usage_error()
    {
        await using var api = await ApiSession.StartAsync();
        var url = "https://example.com/" + new string('a', 2030);
        await api.AssertUsageError(await api.RunAsync("webhooks", "create", "--url", url, "--event", "payment.pending"),
            "--url is 2050 characters long; the limit is 2048");
    }

    [Test]
    public async Task Feature_off_renders_the_feature_key()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/webhooks", 403, Fixtures.Envelope("Webhooks are not enabled", "FORBIDDEN", """{"featureKey":"public_api_webhooks"}"""));

        var result = await api.RunAsync("webhooks", "create", "--url", "https://example.com/h", "--event", "payment.pending");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (403 FORBIDDEN): Webhooks are not enabled", """{"featureKey":"public_api_webhooks"}""");
    }
}
