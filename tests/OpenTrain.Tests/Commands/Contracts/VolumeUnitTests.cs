using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Contracts;

/// <summary>Every volume in human output carries its unit (hours, labels, files…); --json stays the body as received.</summary>
public class VolumeUnitTests
{
    private const string PerLabel = """
        {"contracts":[{"id":"ct_2","status":"active","title":"Tweets","paymentType":"PAY_PER_LABEL","rateUsd":0.06,
          "milestones":[{"id":"ms_2","name":"Batch","status":"NOT_FUNDED","amountUsd":1200,"volume":20000,"milestoneNumber":1}]},
         {"id":"ct_3","status":"active","title":"Calls","paymentType":"PAY_PER_HOUR","rateUsd":25,
          "milestones":[{"id":"ms_3","name":"Week 1","status":"NOT_FUNDED","amountUsd":312.5,"volume":12.5,"milestoneNumber":1},
                        {"id":"ms_4","name":"Extra","status":"NOT_FUNDED","amountUsd":25,"volume":1,"milestoneNumber":2}]}]}
        """;

    [Test]
    public async Task Milestone_volumes_read_in_their_contracts_unit()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts", 200, PerLabel);
        api.Reply("GET", "/contracts", 200, PerLabel);

        var human = await api.RunAsync("contracts", "list");
        var json = await api.RunAsync("contracts", "list", "--json");

        await Assert.That(human.Stdout).Contains("$1,200.00  20,000 labels");
        await Assert.That(human.Stdout).Contains("$312.50    12.5 hours");
        await Assert.That(human.Stdout).Contains("$25.00     1 hour");
        await Assert.That(human.Stdout).DoesNotContain("1 hours");
        await Assert.That(json.Stdout).Contains("\"volume\": 20000,");
    }

    [Test]
    public async Task The_budget_of_an_hourly_contract_counts_hours()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/ct_3", 200, """
            {"contract":{"id":"ct_3","status":"active","paymentType":"PAY_PER_HOUR","rateUsd":25,"estimatedTotalUsd":1000,"estimatedVolume":40,
              "budget":{"state":"OK","fundedVolume":20,"fundedAmountUsd":500,"consumed":{"seconds":45000,"hours":12.5,"labels":0,"tasks":3},
                        "consumedVolume":12.5,"remainingVolume":7.5,"consumedFraction":0.625},"milestones":[]}}
            """);

        var result = await api.RunAsync("contracts", "get", "ct_3");

        var lines = result.Stdout.Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        await Assert.That(lines).Contains("Estimated: $1,000.00 total, 40 hours");
        await Assert.That(lines).Contains("Funded: $500.00 (20 hours)");
        await Assert.That(lines).Contains("Consumed: 12.5 hours (62.5%)");
        await Assert.That(lines).Contains("Remaining: 7.5 hours");
        await Assert.That(lines).Contains("Usage: 12.5 hours, 3 tasks");
    }

    [Test]
    public async Task A_new_milestone_shows_its_volume_in_the_contracts_unit()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/ct_2", 200, """{"contract":{"id":"ct_2","paymentType":"PAY_PER_LABEL","rateUsd":0.06}}""");
        api.Reply("POST", "/contracts/ct_2/milestones", 201, """
            {"milestone":{"id":"ms_5","name":"Second batch","status":"NOT_FUNDED","amountUsd":300,"volume":5000,"milestoneNumber":2}}
            """);

        var result = await api.RunAsync("milestones", "create", "ct_2", "--description", "Next 5,000", "--volume", "5000");

        await Assert.That(result.Stdout.Split('\n').Any(l => l.StartsWith("Volume:", StringComparison.Ordinal) && l.EndsWith(" 5,000 labels", StringComparison.Ordinal))).IsTrue();
        await Assert.That(result.Stdout).DoesNotContain("hours/labels");
    }
}
