using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Credits;

public class TopUpCommandTests
{
    private const string Message = "Top-up created. Show checkoutUrl to your human so they can complete the payment; then poll the top-up until it is COMPLETED.";

    private static readonly string Created = $$"""
        {"topUpId":"tu_1","checkoutUrl":"https://checkout.stripe.com/c/pay/cs_test_1","expiresAt":"2026-06-13T10:00:00.000Z","topUp":{{Fixtures.TopUp}},"message":"{{Message}}"}
        """;

    [Test]
    [Arguments("--amount-usd")]
    [Arguments("--amount")]
    public async Task Prints_the_checkout_url_on_its_own_line_with_expiry_and_status_command(string flag)
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/credits/top-ups", 201, Created);

        var result = await api.RunAsync("credits", "top-up", flag, "100");

        await api.AssertSingleRequest("POST", "/credits/top-ups", body: """{"amountUsd":100}""");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(
            "Top-up tu_1 created for $100.00: nothing is charged until a human pays.\n" +
            "\n" +
            "A signed-in human must open this checkout link and pay:\n" +
            "https://checkout.stripe.com/c/pay/cs_test_1\n" +
            "\n" +
            "Top-up:   tu_1\n" +
            "Amount:   $100.00\n" +
            "Status:   PENDING\n" +
            "Expires:  2026-06-13T10:00:00.000Z\n" +
            "\n" +
            Message + "\n" +
            "\n" +
            "Check it with:\n" +
            "  opentrain credits top-up-status tu_1\n" +
            "Or wait until the human acts (exit 0 once done):\n" +
            "  opentrain credits top-up-status tu_1 --wait\n");
    }

    [Test]
    public async Task Fractional_dollars_are_sent_as_a_number()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/credits/top-ups", 201, Created);

        await api.RunAsync("credits", "top-up", "--amount-usd=25.50");

        await api.AssertSingleRequest("POST", "/credits/top-ups", body: """{"amountUsd":25.50}""");
    }

    [Test]
    [Arguments(new[] { "--amount-usd", "9.99" }, "--amount-usd must be between 10 and 10000, got 9.99")]
    [Arguments(new[] { "--amount-usd", "10000.01" }, "--amount-usd must be between 10 and 10000, got 10000.01")]
    [Arguments(new[] { "--amount-usd", "NaN" }, "invalid value 'NaN' for --amount-usd")]
    [Arguments(new[] { "--amount", "lots" }, "invalid value 'lots' for --amount-usd")]
    [Arguments(new string[0], "--amount-usd is required")]
    public async Task Amount_outside_10_to_10000_is_a_usage_error_without_a_request(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageError(await api.RunAsync(["credits", "top-up", .. args]), message);
    }

    [Test]
    public async Task Claim_required_renders_the_details_and_the_claim_commands()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/credits/top-ups", 403, Fixtures.Envelope("A human must claim this agent account before it can create credit top-ups.", "FORBIDDEN", Fixtures.ClaimRequiredDetails));

        var result = await api.RunAsync("credits", "top-up", "--amount-usd", "50");

        await ApiSession.AssertApiError(result,
            "OpenTrain API request failed (403 FORBIDDEN): A human must claim this agent account before it can create credit top-ups.",
            Fixtures.ClaimRequiredDetails);
        await Assert.That(result.Stderr).Contains("Hint: a human must claim this account first");
    }
}
