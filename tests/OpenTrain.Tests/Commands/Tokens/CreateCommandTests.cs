using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OpenTrain.Tests.Mcp;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Tokens;

public class CreateCommandTests
{
    private const string Secret = "ot_pat_NEWSECRETnewsecret0123456789";

    private const string Created = $$$"""
        {"token":"{{{Secret}}}","tokenType":"bearer","metadata":{"id":"tok_9","name":"CI reporting","preview":"ot_pat_NEWS********6789","scopes":["jobs:read","proposals:read"],"status":"active","organizationId":null,"createdAt":"2026-06-12T10:00:00.000Z","lastUsedAt":null,"expiresAt":"2026-09-10T10:00:00.000Z","revokedAt":null,"weight":1.50}}
        """;

    private static Dictionary<string, string> WithConfig(ApiSession api, TestEnvironment env) =>
        new(api.Env) { ["XDG_CONFIG_HOME"] = env.Variables["XDG_CONFIG_HOME"] };

    [Test]
    public async Task Mints_the_token_and_writes_its_secret_to_a_new_private_file_never_to_the_output()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/tokens", 201, Created);
        using var env = new TestEnvironment();
        var file = Path.Combine(env.Root, "ci-token");
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-12T10:00:00Z"));

        var result = await CliRunner.RunAsync(["tokens", "create", "--name", "CI reporting", "--scope", "jobs:read", "--scope", "proposals:read", "--scope", "jobs:read",
            "--expires-in", "90d", "--secret-file", file], api.Env, time: time);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await api.AssertSingleRequest("POST", "/tokens", body: """{"name":"CI reporting","scopes":["jobs:read","proposals:read"],"expiresAt":"2026-09-10T10:00:00.000Z"}""");
        await Assert.That(File.ReadAllText(file)).IsEqualTo(Secret);
        await Assert.That(File.GetUnixFileMode(file)).IsEqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await Assert.That(result.Stdout).IsEqualTo(
            "Created token tok_9 \"CI reporting\" (ot_pat_NEWS********6789).\n" +
            "  Scopes:   jobs:read proposals:read\n" +
            "  Expires:  2026-09-10T10:00:00.000Z\n" +
            $"  Secret:   written to {file} (mode 0600); it is never printed\n");
        await Assert.That(result.AllOutput).DoesNotContain("NEWSECRET");
    }

    [Test]
    public async Task Save_logs_in_with_the_new_token()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/tokens", 201, Created);
        using var env = new TestEnvironment();

        var result = await CliRunner.RunAsync(["tokens", "create", "--name", "CI reporting", "--scope", "jobs:read", "--save"], WithConfig(api, env));

        await Assert.That(result.ExitCode).IsEqualTo(0);
        var saved = JsonNode.Parse(env.ReadCredentials()!)!.AsObject();
        await Assert.That(saved["apiToken"]!.GetValue<string>()).IsEqualTo(Secret);
        await Assert.That(saved["baseUrl"]!.GetValue<string>()).IsEqualTo(api.Server.BaseUrl);
        await Assert.That(result.Stdout).Contains($"  Logged in:  saved to {env.CredentialsPath}, but OT_API_TOKEN is set and wins: unset it to use the new token\n");
        await Assert.That(result.AllOutput).DoesNotContain("NEWSECRET");
    }

    [Test]
    public async Task Save_without_an_environment_token_says_later_commands_use_it()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/tokens", 201, Created);
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{ApiSession.Token}}","baseUrl":"{{api.Server.BaseUrl}}"}""");

        var result = await CliRunner.RunAsync(["tokens", "create", "--name", "CI reporting", "--scope", "jobs:read", "--save"], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(api.Requests.Single().Header("Authorization")).IsEqualTo($"Bearer {ApiSession.Token}");
        await Assert.That(result.Stdout).Contains($"  Logged in:  yes: later commands use this token (saved to {env.CredentialsPath})\n");
        await Assert.That(JsonNode.Parse(env.ReadCredentials()!)!["apiToken"]!.GetValue<string>()).IsEqualTo(Secret);
    }

    [Test]
    public async Task Json_is_the_body_as_sent_with_only_the_secret_masked()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/tokens", 201, Created);
        using var env = new TestEnvironment();

        var result = await CliRunner.RunAsync(["tokens", "create", "--name", "CI reporting", "--scope", "jobs:read", "--save", "--json"], WithConfig(api, env));

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith("{\n  \"token\": \"ot_pat_NEWS…6789\",\n  \"tokenType\": \"bearer\",\n  \"metadata\": {\n    \"id\": \"tok_9\",");
        await Assert.That(result.Stdout).Contains("\"weight\": 1.50\n");
        await Assert.That(JsonNode.Parse(env.ReadCredentials()!)!["apiToken"]!.GetValue<string>()).IsEqualTo(Secret);
    }

    [Test]
    [Arguments(new[] { "--name", "x", "--scope", "jobs:read" }, "give --save (log in with the new token) or --secret-file <path> (write it to a new file): the API returns the secret once and it is never printed")]
    [Arguments(new[] { "--name", "x", "--scope", "jobs:reed", "--save" }, "unknown scope 'jobs:reed'; valid scopes: jobs:read, jobs:write, proposals:read, proposals:write, messages:read, messages:write, payments:read, payments:write, team:read, team:write, webhooks:manage")]
    [Arguments(new[] { "--name", "x", "--save" }, "at least one --scope is required (one of: jobs:read, jobs:write, proposals:read, proposals:write, messages:read, messages:write, payments:read, payments:write, team:read, team:write, webhooks:manage)")]
    [Arguments(new[] { "--scope", "jobs:read", "--save" }, "--name is required")]
    [Arguments(new[] { "--save" }, "--name and --scope are required")]
    [Arguments(new[] { "--name", "x", "--scope", "jobs:read", "--save", "--expires-in", "90" }, "--expires-in takes a lifetime such as 12h, 90d or 2w (at most 3650d), got '90'")]
    [Arguments(new[] { "--name", "x", "--scope", "jobs:read", "--save", "--expires-in", "0d" }, "--expires-in takes a lifetime such as 12h, 90d or 2w (at most 3650d), got '0d'")]
    [Arguments(new[] { "--name", "x", "--scope", "jobs:read", "--save", "--expires-in", "99999w" }, "--expires-in takes a lifetime such as 12h, 90d or 2w (at most 3650d), got '99999w'")]
    [Arguments(new[] { "--name", "x", "--scope", "jobs:read", "--save", "--expires-in", "9999999999d" }, "--expires-in takes a lifetime such as 12h, 90d or 2w (at most 3650d), got '9999999999d'")]
    public async Task Mistakes_are_usage_errors_before_any_token_is_minted(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageError(await api.RunAsync(["tokens", "create", .. args]), message);
    }

    [Test]
    public async Task An_existing_secret_file_is_refused_before_the_request_and_left_as_it_was()
    {
        await using var api = await ApiSession.StartAsync();
        using var env = new TestEnvironment();
        var file = Path.Combine(env.Root, "taken");
        File.WriteAllText(file, "keep me");
        var link = Path.Combine(env.Root, "link");
        File.CreateSymbolicLink(link, Path.Combine(env.Root, "nowhere"));

        await api.AssertUsageError(await api.RunAsync("tokens", "create", "--name", "x", "--scope", "jobs:read", "--secret-file", file),
            $"--secret-file {file} already exists: give a new path (the secret is never written over a file)");
        await api.AssertUsageError(await api.RunAsync("tokens", "create", "--name", "x", "--scope", "jobs:read", "--secret-file", link),
            $"--secret-file {link} already exists: give a new path (the secret is never written over a file)");
        await Assert.That(File.ReadAllText(file)).IsEqualTo("keep me");
        await Assert.That(File.Exists(Path.Combine(env.Root, "nowhere"))).IsFalse();
    }

    [Test]
    public async Task A_scope_the_caller_lacks_gets_a_hint()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/tokens", 403, Fixtures.Envelope("Requested scope is not covered by this token.", "FORBIDDEN"));

        var result = await api.RunAsync("tokens", "create", "--name", "x", "--scope", "payments:write", "--save");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo("OpenTrain API request failed (403 FORBIDDEN): Requested scope is not covered by this token.\n" +
            "Hint: a token can only carry scopes the token that creates it has ('opentrain auth status' lists them).\n");
    }

    [Test]
    public async Task The_mcp_tool_saves_the_token_and_returns_only_its_mask()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/tokens", 201, Created);
        using var env = new TestEnvironment();
        var mcpEnv = McpProtocolTests.McpEnv(api, ApiSession.Token);
        mcpEnv["XDG_CONFIG_HOME"] = env.Variables["XDG_CONFIG_HOME"];
        await using var mcp = await McpHarness.StartInitializedAsync(mcpEnv);

        var result = await mcp.CallAsync("opentrain_create_token", new JsonObject { ["name"] = "CI reporting", ["scopes"] = new JsonArray("jobs:read"), ["save"] = true });

        await Assert.That(result["isError"]!.GetValue<bool>()).IsFalse();
        await api.AssertSingleRequest("POST", "/tokens", body: """{"name":"CI reporting","scopes":["jobs:read"]}""");
        await Assert.That(result["structuredContent"]!["token"]!.GetValue<string>()).IsEqualTo("ot_pat_NEWS…6789");
        await Assert.That(result.ToJsonString()).DoesNotContain("NEWSECRET");
        await Assert.That(JsonNode.Parse(env.ReadCredentials()!)!["apiToken"]!.GetValue<string>()).IsEqualTo(Secret);
    }
}
