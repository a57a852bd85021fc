using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Cli;

public class SuggestionTests
{
    [Test]
    [Arguments(new string[] { "propsals" }, "Usage error: unknown command 'propsals'. Run 'opentrain help' to list commands. Did you mean 'opentrain proposals'?\n")]
    [Arguments(new string[] { "job", "list" }, "Usage error: unknown command 'job'. Run 'opentrain help' to list commands. Did you mean 'opentrain jobs list'?\n")]
    [Arguments(new string[] { "logout" }, "Usage error: unknown command 'logout'. Run 'opentrain help' to list commands. Did you mean 'opentrain auth logout'?\n")]
    [Arguments(new string[] { "jobs", "pubish", "job_1" }, "Usage error: unknown command 'jobs pubish'. Run 'opentrain jobs' to list its commands. Did you mean 'opentrain jobs publish'?\n")]
    [Arguments(new string[] { "tokens", "rm", "tok_1" }, "Usage error: unknown command 'tokens rm'. Run 'opentrain tokens' to list its commands. Did you mean 'opentrain tokens revoke'?\n")]
    [Arguments(new string[] { "webhooks", "remove", "wh_1" }, "Usage error: unknown command 'webhooks remove'. Run 'opentrain webhooks' to list its commands. Did you mean 'opentrain webhooks delete'?\n")]
    [Arguments(new string[] { "jobs", "draft", "new" }, "Usage error: unknown command 'jobs draft new'. Run 'opentrain jobs draft' to list its commands. Did you mean 'opentrain jobs draft create'?\n")]
    [Arguments(new string[] { "proposals", "show", "p_1" }, "Usage error: unknown command 'proposals show'. Run 'opentrain proposals' to list its commands. Did you mean 'opentrain proposals get'?\n")]
    [Arguments(new string[] { "--jsn" }, "Usage error: unknown flag '--jsn'. Run 'opentrain help' to list commands. Did you mean '--json'?\n")]
    [Arguments(new string[] { "jobs", "publish", "--job", "job_1" }, "Usage error: unknown flag '--job'. Run 'opentrain jobs publish --help' for its flags. Did you mean '--job-id'?\n")]
    [Arguments(new string[] { "proposals", "list", "--stauts", "HIRED" }, "Usage error: unknown flag '--stauts'. Run 'opentrain proposals list --help' for its flags. Did you mean '--status'?\n")]
    public async Task Unknown_commands_and_flags_suggest_the_closest_ones(string[] args, string stderr)
    {
        var result = await CliRunner.RunAsync(args);
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(result.Stderr).IsEqualTo(stderr);
    }

    [Test]
    public async Task Nothing_close_suggests_nothing()
    {
        var result = await CliRunner.RunAsync(["frobnicate"]);
        await Assert.That(result.Stderr).IsEqualTo("Usage error: unknown command 'frobnicate'. Run 'opentrain help' to list commands.\n");
    }
}
