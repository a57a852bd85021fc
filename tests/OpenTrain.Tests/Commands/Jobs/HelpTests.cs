using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs;

/// <summary>Every jobs, proposals, freelancers and messages command documents its synopsis, flags and an example.</summary>
public class HelpTests
{
    [Test]
    [Arguments("jobs draft create", new[] { "--description", "--text", "--description-file", "--external-id", "--idempotency-key" })]
    [Arguments("jobs draft update", new[] { "--job-id", "--set" })]
    [Arguments("jobs publish", new[] { "--job-id" })]
    [Arguments("jobs update-published", new[] { "--job-id", "--set" })]
    [Arguments("jobs close", new[] { "--job-id" })]
    [Arguments("jobs list", new[] { "--status", "--limit", "--cursor" })]
    [Arguments("jobs search", new[] { "--query", "-q", "--language", "--country", "--pay-type", "--limit", "--cursor" })]
    [Arguments("jobs invite", new[] { "--job-id", "--freelancer-id" })]
    [Arguments("proposals list", new[] { "--job-id", "--status", "--limit", "--cursor" })]
    [Arguments("proposals get", new[] { "--proposal-id" })]
    [Arguments("proposals hire", new[] { "--proposal-id", "--milestone-name", "--milestone-description", "--amount", "--due-date", "--confirm-not-a-fit" })]
    [Arguments("freelancers get", new[] { "--freelancer-id" })]
    [Arguments("messages list", new[] { "--filter", "--unread-only", "--limit", "--cursor" })]
    [Arguments("messages unread", new[] { "--filter", "--limit", "--cursor" })]
    [Arguments("messages read", new[] { "--conversation-id", "--limit", "--cursor", "--direction" })]
    [Arguments("messages send", new[] { "--conversation-id", "--content", "--content-file" })]
    [Arguments("messages start-proposal-thread", new[] { "--proposal-id" })]
    public async Task Help_shows_synopsis_flags_and_an_example(string command, string[] flags)
    {
        var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith($"Usage: opentrain {command} ");
        foreach (var flag in flags)
            await Assert.That(result.Stdout.Contains($"{flag} ", StringComparison.Ordinal) || result.Stdout.Contains($"{flag},", StringComparison.Ordinal)).IsTrue();
        await Assert.That(result.Stdout).Contains($"\nExample:\n  opentrain {command}");
        await Assert.That(result.Stdout).DoesNotContain("not available yet");
    }
}
