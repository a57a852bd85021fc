using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Webhooks;

/// <summary>
/// <c>webhooks create --save-secret</c> keeps the once-returned secret (0600, beside cli.json) for
/// <c>listen</c>/<c>trigger --webhook-id</c>, which sign with it and never print it; <c>delete</c> forgets it.
/// </summary>
public class SavedSecretTests
{
    private static readonly string Created =
        $$"""{"webhook":{{Fixtures.Webhook}},"secret":"{{Secrets.Saved}}","message":"Store the secret now — it is only returned once."}""";

    private static async Task<(StubServer Api, TestEnvironment Env)> StartAsync()
    {
        var api = await StubServer.StartAsync();
        var env = new TestEnvironment().With("OT_API_TOKEN", ApiSession.Token).With("OT_API_BASE_URL", api.BaseUrl);
        return (api, env);
    }

    [Test]
    public async Task Create_saves_the_secret_listen_and_trigger_sign_with_it_and_delete_removes_it()
    {
        var (api, env) = await StartAsync();
        await using var _ = api;
        using var __ = env;
        await using var receiver = await WebhookReceiver.StartAsync();
        api.OnJson("POST", "/api/public/v1/webhooks", 201, Created);
        var port = new Uri(api.BaseUrl).Port;
        var file = Path.Combine(env.Root, "config", "opentrain", "webhook-secrets", $"wh_1@127.0.0.1_{port}");

        var created = await CliRunner.RunAsync(["webhooks", "create", "--url", "https://example.com/hooks/opentrain", "--event", "proposal.received", "--save-secret"], env.Variables);

        await Assert.That(created.ExitCode).IsEqualTo(0).Because(created.Stderr);
        await Assert.That(created.Stdout).Contains($"\n{Secrets.Saved}\n");
        await Assert.That(created.Stdout).EndsWith($"Saved in {file} (mode 0600) for 'opentrain webhooks listen --webhook-id wh_1' and 'webhooks trigger'; it is never printed again.\n");
        await Assert.That(File.ReadAllText(file)).IsEqualTo(Secrets.Saved + "\n");
        if (!OperatingSystem.IsWindows())
        {
            await Assert.That(File.GetUnixFileMode(file)).IsEqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            await Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(file)!)).IsEqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var triggered = await CliRunner.RunAsync(["webhooks", "trigger", "proposal.received", "--forward-to", receiver.Url, "--webhook-id", "wh_1"], env.Variables);
        await Assert.That(triggered.ExitCode).IsEqualTo(0).Because(triggered.Stderr);
        await Assert.That(triggered.Stderr).StartsWith("Signing with the secret saved for webhook wh_1.\n");

        Feed.Serve(api, "1042", Feed.Page("1042", false, Feed.Record("1042")));
        var listened = await Listening.RunUntilAsync(env.Variables, () => receiver.Received.Count >= 2,
            ["webhooks", "listen", "--forward-to", receiver.Url, "--webhook-id", "wh_1", "--cursor", "0", "--interval", "0.05"]);
        await Assert.That(listened.ExitCode).IsEqualTo(130);
        await Assert.That(listened.AllOutput).DoesNotContain("whsec_");
        await Assert.That(await NodeHmac.VerifyAsync(Secrets.Saved, receiver.Received.Select(d => (d.Signature, d.Body)))).IsEquivalentTo(new[] { true, true });

        api.OnJson("DELETE", "/api/public/v1/webhooks/wh_1", 200, $$"""{"webhook":{{Fixtures.Webhook}},"deleted":true}""");
        var deleted = await CliRunner.RunAsync(["webhooks", "delete", "wh_1"], env.Variables);
        await Assert.That(deleted.Stdout).EndsWith($"Removed its saved signing secret ({file}).\n");
        await Assert.That(File.Exists(file)).IsFalse();
    }

    [Test]
    public async Task A_webhook_without_a_saved_secret_is_an_error_that_says_how_to_get_one()
    {
        var (api, env) = await StartAsync();
        await using var _ = api;
        using var __ = env;

        var result = await CliRunner.RunAsync(["webhooks", "trigger", "payment.pending", "--forward-to", "http://localhost:9/h", "--webhook-id", "wh_9"], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo($"Error: no signing secret is saved for webhook wh_9 at {api.BaseUrl}: the API returns it only once, so save it at creation " +
            "('opentrain webhooks create … --save-secret'), or give --secret whsec_… (the one that create printed)\n");
        await Assert.That(api.Requests).IsEmpty();
    }

    [Test]
    public async Task Without_save_secret_create_writes_nothing_and_prints_as_before()
    {
        var (api, env) = await StartAsync();
        await using var _ = api;
        using var __ = env;
        api.OnJson("POST", "/api/public/v1/webhooks", 201, Created);

        var created = await CliRunner.RunAsync(["webhooks", "create", "--url", "https://example.com/hooks/opentrain", "--event", "proposal.received"], env.Variables);

        await Assert.That(created.ExitCode).IsEqualTo(0);
        await Assert.That(created.Stdout).EndsWith("Lost it? Delete the webhook and create a new one.\n");
        await Assert.That(Directory.Exists(Path.Combine(env.Root, "config", "opentrain", "webhook-secrets"))).IsFalse();
    }

    [Test]
    public async Task Help_root_help_and_completion_list_the_new_commands_and_flags()
    {
        var root = await CliRunner.RunAsync(["webhooks"]);
        var listen = await CliRunner.RunAsync(["webhooks", "listen", "--help"]);
        var bash = await CliRunner.RunAsync(["completion", "bash"]);

        foreach (var verb in new[] { "listen", "trigger", "verify" })
        {
            await Assert.That(root.Stdout).Contains($"webhooks {verb}");
            await Assert.That(bash.Stdout).Contains(verb);
        }
        await Assert.That(root.Stdout).Contains("webhooks create");
        await Assert.That(listen.Stdout).Contains("--insecure-forward");
        await Assert.That(string.Join(' ', listen.Stdout.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))).Contains("plain http:// only to localhost and loopback addresses unless --insecure-forward");
        await Assert.That(listen.Stdout).Contains("--retry-scale");
        await Assert.That(bash.Stdout).Contains("--forward-to");
        await Assert.That(bash.Stdout).Contains("--save-secret");
    }
}
