using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Milestones;

/// <summary>
/// <c>milestones create</c> reads its contract (one GET), prices the milestone in the contract's units, then sends the
/// one POST (issue #25, item 5): on hourly and per-label contracts an amount gives the volume and a volume the amount.
/// </summary>
public class CreateCommandTests
{
    private const string Created = """
        {"milestone":{"id":"ms_2","name":"Second batch","description":"Label the next 5,000 posts","status":"NOT_FUNDED","amountUsd":300,"volume":null,"milestoneNumber":2,"dueDate":"2026-07-15T00:00:00.000Z","pendingApproval":false,"needsReview":false,"invoiceId":null,"createdAt":"2026-06-12T10:00:00.000Z"}}
        """;

    private static string N(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Contract(string paymentType, decimal rate) =>
        "{\"contract\":{\"id\":\"ct_1\",\"status\":\"active\",\"paymentType\":\"" + paymentType + "\",\"rateUsd\":" + N(rate) + "}}";

    private static string CreatedWith(decimal amount, decimal volume) =>
        "{\"milestone\":{\"id\":\"ms_2\",\"description\":\"d\",\"status\":\"NOT_FUNDED\",\"amountUsd\":" + N(amount) + ",\"volume\":" + N(volume) + ",\"milestoneNumber\":2}}";

    /// <summary>The contract read, then exactly one write with this body.</summary>
    private static async Task AssertReadThenOneWrite(ApiSession api, string body)
    {
        await api.Server.AssertAllUsed();
        await Assert.That(api.Requests.Count).IsEqualTo(2);
        await ApiSession.AssertRequest(api.Requests[0], "GET", "/contracts/ct_1");
        await ApiSession.AssertRequest(api.Requests[1], "POST", "/contracts/ct_1/milestones", body: body);
    }

    [Test]
    public async Task On_a_fixed_price_contract_sends_the_amount_and_shows_the_milestone_and_the_fund_command()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/ct_1", 200, Contract("FIXED_PRICE", 1200));
        api.Reply("POST", "/contracts/ct_1/milestones", 201, Created);

        var result = await api.RunAsync("milestones", "create", "--contract-id", "ct_1", "--description", "Label the next 5,000 posts",
            "--name", "Second batch", "--amount", "300", "--due-date", "2026-07-15");

        await AssertReadThenOneWrite(api, """{"description":"Label the next 5,000 posts","name":"Second batch","amountUsd":300,"dueDate":"2026-07-15"}""");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(
            "Created milestone ms_2 on contract ct_1. No money has moved.\n" +
            "\n" +
            "Milestone:    ms_2\n" +
            "Number:       2\n" +
            "Name:         Second batch\n" +
            "Description:  Label the next 5,000 posts\n" +
            "Status:       NOT_FUNDED\n" +
            "Amount:       $300.00\n" +
            "Due:          2026-07-15\n" +
            "\n" +
            "Next: request funding (a human confirms the payment):\n" +
            "  opentrain milestones fund ms_2\n");
    }

    [Test]
    [Arguments("--amount", "180", "Volume 3,000 labels computed from --amount $180.00 at the contract's rate of $0.06 per label.")]
    [Arguments("--volume", "3000", "Amount $180.00 computed from --volume: 3,000 labels at the contract's rate of $0.06 per label.")]
    public async Task On_a_per_label_contract_either_flag_alone_gives_the_other_and_says_so(string flag, string value, string said)
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/ct_1", 200, Contract("PAY_PER_LABEL", 0.06m));
        api.Reply("POST", "/contracts/ct_1/milestones", 201, CreatedWith(180, 3000));

        var result = await api.RunAsync("milestones", "create", "ct_1", "--description", "d", flag, value);

        await AssertReadThenOneWrite(api, """{"description":"d","volume":3000}""");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith("Created milestone ms_2 on contract ct_1. No money has moved.\n" + said + "\n");
        await Assert.That(result.Stdout).Contains("\nAmount:       $180.00\nVolume:       3,000 labels\n");
    }

    [Test]
    public async Task On_an_hourly_contract_hours_are_printed_as_hours()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/ct_1", 200, Contract("PAY_PER_HOUR", 25));
        api.Reply("POST", "/contracts/ct_1/milestones", 201, CreatedWith(1000, 40));

        var result = await api.RunAsync("milestones", "create", "ct_1", "--description=Batch — ü", "--amount", "1000", "--due-date", "2026-07-15T09:00:00Z");

        await AssertReadThenOneWrite(api, """{"description":"Batch — ü","volume":40,"dueDate":"2026-07-15T09:00:00Z"}""");
        await Assert.That(result.Stdout).Contains("\nVolume 40 hours computed from --amount $1,000.00 at the contract's rate of $25.00 per hour.\n");
        await Assert.That(result.Stdout).Contains("\nVolume:       40 hours\n");
        await Assert.That(result.Stdout).DoesNotContain("hours/labels");
    }

    [Test]
    public async Task Both_agreeing_within_a_cent_are_accepted_and_the_api_prices_the_volume()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/ct_1", 200, Contract("PAY_PER_LABEL", 0.06m));
        api.Reply("POST", "/contracts/ct_1/milestones", 201, CreatedWith(180, 3000));

        var result = await api.RunAsync("milestones", "create", "ct_1", "--description", "d", "--amount", "180.01", "--volume", "3000");

        await AssertReadThenOneWrite(api, """{"description":"d","volume":3000}""");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).Contains("\nAmount $180.00 computed from --volume: 3,000 labels at the contract's rate of $0.06 per label.\n");
    }

    [Test]
    [Arguments(new[] { "--amount", "200", "--volume", "3000" },
        "--amount 200 and --volume 3000 disagree: 3,000 labels at the contract's rate of $0.06 per label is $180.00; give one of them, or both agreeing within a cent")]
    [Arguments(new[] { "--amount", "100" },
        "--amount 100 is not a whole number of labels at the contract's rate of $0.06 per label (1,666 labels = $99.96, 1,667 labels = $100.02): give --volume, or an amount that matches within a cent")]
    public async Task Amounts_that_do_not_match_the_rate_are_usage_errors_and_nothing_is_written(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/ct_1", 200, Contract("PAY_PER_LABEL", 0.06m));

        var result = await api.RunAsync(["milestones", "create", "ct_1", "--description", "d", .. args]);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(result.Stderr).IsEqualTo($"Usage error: {message}\n");
        await Assert.That(api.Requests.Select(r => r.Method)).IsEquivalentTo(new[] { "GET" });
    }

    [Test]
    public async Task A_volume_on_a_fixed_price_contract_is_a_usage_error_and_nothing_is_written()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/ct_1", 200, Contract("FIXED_PRICE", 1200));

        var result = await api.RunAsync("milestones", "create", "ct_1", "--description", "d", "--volume", "5000");

        await Assert.That(result.Stderr).IsEqualTo("Usage error: --volume is for hourly and per-label contracts; contract ct_1 is fixed-price: give --amount alone\n");
        await Assert.That(api.Requests.Select(r => r.Method)).IsEquivalentTo(new[] { "GET" });
    }

    [Test]
    [Arguments(new[] { "--description", "d", "--amount", "5" }, "--contract-id is required")]
    [Arguments(new[] { "ct_1", "--amount", "5" }, "--description is required")]
    [Arguments(new[] { "ct_1", "--description", "d" }, "--amount or --volume is required (on hourly and per-label contracts either one; the other is computed from the contract's rate)")]
    [Arguments(new[] { "ct_1", "--description", "d", "--amount", "0" }, "--amount must be a positive number, got 0")]
    [Arguments(new[] { "ct_1", "--description", "d", "--volume", "-3" }, "--volume must be a positive number, got -3")]
    [Arguments(new[] { "ct_1", "--description", "d", "--amount", "5", "--due-date", "2026-02-30" }, "--due-date must be an ISO 8601 date such as 2026-07-15, got '2026-02-30'")]
    [Arguments(new[] { "ct_1", "--description", "d", "--amount", "5", "--due-date", "next week" }, "--due-date must be an ISO 8601 date such as 2026-07-15, got 'next week'")]
    [Arguments(new[] { "ct_1", "--description", "d", "--amount", "abc" }, "invalid value 'abc' for --amount")]
    public async Task Invalid_input_is_a_usage_error_without_a_request(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync();
        var result = await api.RunAsync(["milestones", "create", .. args]);
        await api.AssertUsageError(result, message);
    }

    [Test]
    public async Task A_missing_contract_fails_on_the_read_and_nothing_is_written()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/ct_1", 404, Fixtures.Envelope("No such contract", "NOT_FOUND", """{"contractId":"ct_1"}"""));

        var result = await api.RunAsync("milestones", "create", "ct_1", "--description", "d", "--amount", "5");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (404 NOT_FOUND): No such contract", """{"contractId":"ct_1"}""");
        await Assert.That(api.Requests.Count).IsEqualTo(1);
    }

    [Test]
    public async Task Conflicts_render_their_reason()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/ct_1", 200, """{"contract":{"id":"ct_1","paymentType":"PAY_PER_LABEL","rateUsd":null}}""");
        api.Reply("POST", "/contracts/ct_1/milestones", 409, Fixtures.Envelope("Contract has no rate", "CONFLICT", """{"reason":"contract_rate_missing"}"""));

        var result = await api.RunAsync("milestones", "create", "ct_1", "--description", "d", "--amount", "5");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (409 CONFLICT): Contract has no rate", """{"reason":"contract_rate_missing"}""");
        await AssertReadThenOneWrite(api, """{"description":"d","amountUsd":5}""");
    }
}
