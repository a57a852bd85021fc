using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Milestones;

public class CreateCommandTests
{
    private const string Created = """
        {"milestone":{"id":"ms_2","name":"Second batch","description":"Label the next 5,000 posts","status":"NOT_FUNDED","amountUsd":300,"volume":null,"milestoneNumber":2,"dueDate":"2026-07-15T00:00:00.000Z","pendingApproval":false,"needsReview":false,"invoiceId":null,"createdAt":"2026-06-12T10:00:00.000Z"}}
        """;

    [Test]
    public async Task Sends_the_body_and_shows_the_milestone_and_the_fund_command()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/contracts/ct_1/milestones", 201, Created);

        var result = await api.RunAsync("milestones", "create", "--contract-id", "ct_1", "--description", "Label the next 5,000 posts",
            "--name", "Second batch", "--amount", "300", "--due-date", "2026-07-15");

        await api.AssertSingleRequest("POST", "/contracts/ct_1/milestones",
            body: """{"description":"Label the next 5,000 posts","name":"Second batch","amountUsd":300,"dueDate":"2026-07-15"}""");
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
    public async Task Volume_alone_and_a_positional_contract_id_are_accepted()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/contracts/ct_1/milestones", 201, Created);

        await api.RunAsync("milestones", "create", "ct_1", "--description=Batch — ü", "--volume", "12.5", "--due-date", "2026-07-15T09:00:00Z");

        await api.AssertSingleRequest("POST", "/contracts/ct_1/milestones",
            body: """{"description":"Batch — ü","volume":12.5,"dueDate":"2026-07-15T09:00:00Z"}""");
    }

    [Test]
    [Arguments(new[] { "--description", "d", "--amount", "5" }, "--contract-id is required")]
    [Arguments(new[] { "ct_1", "--amount", "5" }, "--description is required")]
    [Arguments(new[] { "ct_1", "--description", "d" }, "--amount (fixed-price contracts) or --volume (hourly and per-label contracts) is required")]
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
    public async Task Conflicts_render_their_reason()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/contracts/ct_1/milestones", 409, Fixtures.Envelope("Contract has no rate", "CONFLICT", """{"reason":"contract_rate_missing"}"""));

        var result = await api.RunAsync("milestones", "create", "ct_1", "--description", "d", "--amount", "5");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (409 CONFLICT): Contract has no rate", """{"reason":"contract_rate_missing"}""");
    }
}
