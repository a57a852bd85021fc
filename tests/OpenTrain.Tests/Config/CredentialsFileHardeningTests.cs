using System.Text;
using OpenTrain.Config;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Config;

/// <summary>Issue #13: credentials files written by other tools, odd environments and concurrent registers.</summary>
public class CredentialsFileHardeningTests
{
    [Test]
    public async Task A_relative_xdg_config_home_is_ignored_as_the_xdg_spec_says()
    {
        await Assert.That(CredentialsStore.DefaultPath(n => n switch { "XDG_CONFIG_HOME" => "cfg", "HOME" => "/home/u", _ => null }))
            .IsEqualTo("/home/u/.config/opentrain/cli.json");
    }

    [Test]
    public async Task A_byte_order_mark_is_not_an_error()
    {
        using var env = new TestEnvironment();
        env.WriteCredentials("\uFEFF" + """{"apiToken":"ot_pat_bomtoken_secretBOM0123456789"}""");

        var saved = new CredentialsStore(env.CredentialsPath, TextWriter.Null).Read();

        await Assert.That(saved.ApiToken).IsEqualTo("ot_pat_bomtoken_secretBOM0123456789");
    }

    [Test]
    public async Task Duplicate_keys_are_reported_clearly_and_the_file_is_left_untouched()
    {
        using var env = new TestEnvironment();
        const string content = """{"apiToken":"a","apiToken":"b"}""";
        env.WriteCredentials(content);

        var result = await CliRunner.RunAsync(["whoami"], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo($"Error: the credentials file {env.CredentialsPath} is not valid JSON (a key appears more than once); fix it or remove it with 'opentrain auth logout'\n");
        await Assert.That(env.ReadCredentials()).IsEqualTo(content);
    }

    [Test]
    public async Task Concurrent_registers_create_one_account_and_keep_it()
    {
        using var env = new TestEnvironment();
        await using var server = await StubServer.StartAsync();
        server.On("POST", "/api/agent/identity", new StubResponse(201, Fixtures.Registered) { Delay = TimeSpan.FromMilliseconds(300) }, times: 2);
        var variables = new Dictionary<string, string>(env.Variables) { ["OT_API_BASE_URL"] = server.BaseUrl };

        var runs = await Task.WhenAll(
            CliRunner.RunAsync(["auth", "register"], variables),
            CliRunner.RunAsync(["auth", "register"], variables));

        await Assert.That(server.Requests.Count).IsEqualTo(1);
        await Assert.That(runs.Count(r => r.ExitCode == 0)).IsEqualTo(1);
        await Assert.That(runs.Single(r => r.ExitCode != 0).Stderr).StartsWith($"Error: credentials are already saved in {env.CredentialsPath}");
        await Assert.That(Encoding.UTF8.GetByteCount(env.ReadCredentials()!)).IsGreaterThan(0);
    }
}
