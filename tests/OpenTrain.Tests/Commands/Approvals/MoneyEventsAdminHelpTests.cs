using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands;

public class MoneyEventsAdminHelpTests
{
    [Test]
    [Arguments("contracts list", "--job-id", "--status")]
    [Arguments("contracts get", "--contract-id")]
    [Arguments("contracts end", "--contract-id")]
    [Arguments("milestones create", "--contract-id", "--description", "--name", "--amount", "--volume", "--due-date")]
    [Arguments("milestones fund", "--milestone-id")]
    [Arguments("milestones approve", "--milestone-id")]
    [Arguments("approvals get", "--approval-id")]
    [Arguments("credits show")]
    [Arguments("credits ledger", "--limit", "--cursor")]
    [Arguments("credits top-up", "--amount-usd", "--amount,")]
    [Arguments("credits top-up-status", "--top-up-id")]
    [Arguments("updates poll", "--cursor", "--limit")]
    [Arguments("webhooks create", "--url", "--event")]
    [Arguments("webhooks list")]
    [Arguments("webhooks get", "--webhook-id")]
    [Arguments("webhooks delete", "--webhook-id")]
    [Arguments("tokens list")]
    [Arguments("tokens revoke", "--token-id")]
    [Arguments("team show")]
    [Arguments("team invite", "--email")]
    [Arguments("payments pending")]
    public async Task Help_shows_synopsis_flags_and_an_example(string command, params string[] flags)
    {
        var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith($"Usage: opentrain {command} ");
        foreach (var flag in flags) await Assert.That(result.Stdout).Contains(flag.EndsWith(',') ? flag : $"{flag} ");
        await Assert.That(result.Stdout).Contains("--json");
        await Assert.That(result.Stdout).Contains($"\nExample:\n  opentrain {command}");
        await Assert.That(result.AllOutput).DoesNotContain("not available yet");
    }
}
