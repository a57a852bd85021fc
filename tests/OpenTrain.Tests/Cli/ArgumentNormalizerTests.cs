using OpenTrain.Cli;
using OpenTrain.Toolkit;

namespace OpenTrain.Tests.Cli;

public class ArgumentNormalizerTests
{
    [Test]
    public async Task Flag_equals_value_is_split_on_the_first_equals()
    {
        var args = ArgumentNormalizer.Normalize(["jobs", "draft", "update", "--set=a=b", "--job-id=J1"]);
        await Assert.That(args).IsEquivalentTo(new[] { "jobs", "draft", "update", "--set", "a=b", "--job-id", "J1" });
    }

    [Test]
    public async Task Nothing_after_double_dash_is_split()
    {
        var args = ArgumentNormalizer.Normalize(["messages", "send", "--", "--x=y"]);
        await Assert.That(args).IsEquivalentTo(new[] { "messages", "send", "--", "--x=y" });
    }

    [Test]
    public async Task Leading_global_flags_move_after_the_command()
    {
        var args = ArgumentNormalizer.Normalize(["--json", "--base-url=http://127.0.0.1:1", "jobs", "list"]);
        await Assert.That(args).IsEquivalentTo(new[] { "jobs", "list", "--json", "--base-url", "http://127.0.0.1:1" });
    }

    [Test]
    public async Task Values_that_merely_contain_equals_are_kept()
    {
        var args = ArgumentNormalizer.Normalize(["jobs", "draft", "update", "--set", "a=1"]);
        await Assert.That(args).IsEquivalentTo(new[] { "jobs", "draft", "update", "--set", "a=1" });
    }
}

public class BooleanFlagTableTests
{
    [Test]
    public async Task Every_flag_without_a_value_is_known_to_the_normalizer()
    {
        var valueless = OpenTrain.Tests.Support.CommandSurface.Commands.SelectMany(c => c.Flags).Where(f => f.Type is null).Select(f => f.Name).Distinct();

        foreach (var flag in valueless) await Assert.That(OpenTrain.Cli.ArgumentNormalizer.BooleanFlags).Contains(flag);
    }
}
