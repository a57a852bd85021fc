using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Auth;

public class StatusCommandTests
{
    [Test]
    [Arguments("whoami")]
    [Arguments("auth status")]
    public async Task Shows_user_token_scopes_and_account(string command)
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me);
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PreClaimToken}}","baseUrl":"{{server.BaseUrl}}"}""");

        var result = await CliRunner.RunAsync(command.Split(' '), env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(
            "User:     Mira Chen <owner@example.com> (EMPLOYER)\n" +
            "Token:    ci-runner (tok_1)\n" +
            "Scopes:   jobs:read jobs:write\n" +
            "Account:  employer_organization, OWNER\n" +
            $"API:      {server.BaseUrl}\n" +
            "\n" +
            "Commands this token can use (account: claim state unknown):\n" +
            "  approvals      none: get (needs payments:read)\n" +
            "  auth           all\n" +
            "  contracts      none: end (needs payments:write); get, list (needs payments:read)\n" +
            "  credits        none: ledger, show, top-up-status (needs payments:read); top-up (needs payments:write)\n" +
            "  freelancers    none: get (needs proposals:read)\n" +
            "  jobs           all but invite (needs proposals:write)\n" +
            "  messages       none: list, read, unread (needs messages:read); send, start-proposal-thread (needs messages:write)\n" +
            "  milestones     none: approve, create, fund (needs payments:write)\n" +
            "  payments       none: pending (needs payments:read)\n" +
            "  proposals      none: get, interview, list (needs proposals:read); hire (needs proposals:write)\n" +
            "  team           none: invite (needs team:write); show (needs team:read)\n" +
            "  tokens         all\n" +
            "  updates        none: poll (needs proposals:read or messages:read or payments:read)\n" +
            "  webhooks       all but create, delete, get, list (needs webhooks:manage); listen (needs proposals:read or messages:read or payments:read)\n" +
            $"Scopes a human can put in a new token at {server.BaseUrl}/settings/api-keys (Settings → API keys), then 'opentrain auth login --api-key -':\n" +
            "  messages:read: messages list, messages read, messages unread\n" +
            "  messages:write: messages send, messages start-proposal-thread\n" +
            "  payments:read: approvals get, contracts get, contracts list, credits ledger, credits show, credits top-up-status, payments pending\n" +
            "  payments:write: contracts end, credits top-up, milestones approve, milestones create, milestones fund\n" +
            "  proposals:read: freelancers get, proposals get, proposals interview, proposals list\n" +
            "  proposals:read or messages:read or payments:read: updates poll, webhooks listen\n" +
            "  proposals:write: jobs invite, proposals hire\n" +
            "  team:read: team show\n" +
            "  team:write: team invite\n" +
            "  webhooks:manage: webhooks create, webhooks delete, webhooks get, webhooks list\n" +
            "Feature flags are per account and not shown here: a command whose flag is off fails with 403 (details.featureKey).\n" +
            "Run 'opentrain <command> --help' for a command's requirements.\n");
        await Assert.That(server.Requests.Single().Header("Authorization")).IsEqualTo($"Bearer {Fixtures.PreClaimToken}");
    }

    /// <summary>'auth status' for a token with these scopes (JSON list items) and extra credentials-file members.</summary>
    private static async Task<CliResult> StatusWith(string scopes, string savedExtra)
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me.Replace("\"scopes\":[\"jobs:read\",\"jobs:write\"]", $"\"scopes\":[{scopes}]", StringComparison.Ordinal));
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PreClaimToken}}","baseUrl":"{{server.BaseUrl}}"{{savedExtra}}}""");
        return await CliRunner.RunAsync(["auth", "status"], env.Variables);
    }

    [Test]
    public async Task A_registration_token_before_the_claim_shows_what_the_claim_and_a_human_token_would_add()
    {
        var result = await StatusWith("\"jobs:read\",\"jobs:write\",\"proposals:read\",\"messages:read\",\"payments:read\",\"team:read\"",
            $",\"claimToken\":\"{Fixtures.ClaimToken}\"");

        await Assert.That(result.Stdout).Contains("\nCommands this token can use (account: not claimed yet, a claim token is saved):\n");
        await Assert.That(result.Stdout).Contains("\n  jobs           all but invite (needs proposals:write)\n");
        await Assert.That(result.Stdout).Contains("\n  messages       all but send, start-proposal-thread (needs messages:write)\n");
        await Assert.That(result.Stdout).Contains("\n  milestones     none: approve, create, fund (needs payments:write)\n");
        await Assert.That(result.Stdout).Contains("\n  updates        all\n");
    }

    [Test]
    public async Task A_claimed_token_with_payments_write_can_fund_but_not_manage_webhooks()
    {
        var result = await StatusWith("\"proposals:write\",\"payments:write\"", "");

        await Assert.That(result.Stdout).Contains("\nCommands this token can use (account: claimed):\n");
        await Assert.That(result.Stdout).Contains("\n  milestones     all\n");
        await Assert.That(result.Stdout).Contains("\n  proposals      all\n");
        await Assert.That(result.Stdout).Contains("\n  webhooks       all but create, delete, get, list (needs webhooks:manage)\n");
    }

    [Test]
    public async Task Json_prints_the_response_body_exactly_then_what_the_token_can_use()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, """{"z":"é <&>","actor":{"fullName":"Mira"},"token":{"scopes":["jobs:read","proposals:write"]},"n":1.50}""");
        var env = new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = "/nonexistent/x", ["OPENTRAIN_API_TOKEN"] = Fixtures.PreClaimToken, ["OPENTRAIN_API_BASE_URL"] = server.BaseUrl };

        var result = await CliRunner.RunAsync(["whoami", "--json"], env);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith(
            "{\n  \"z\": \"é <&>\",\n  \"actor\": {\n    \"fullName\": \"Mira\"\n  },\n  \"token\": {\n    \"scopes\": [\n      \"jobs:read\",\n      \"proposals:write\"\n    ]\n  },\n  \"n\": 1.50,\n  \"cliAccess\": {\n    \"claimState\": \"claimed\",\n");
        var access = System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)!["cliAccess"]!;
        var jobs = access["groups"]!.AsArray().Single(g => g!["group"]!.GetValue<string>() == "jobs")!;
        await Assert.That(jobs["usable"]!.AsArray().Select(c => c!.GetValue<string>())).Contains("jobs list");
        await Assert.That(jobs["notYet"]!.AsArray().Select(b => $"{b!["command"]} ({b["reason"]})")).Contains("jobs publish (needs jobs:write)");
        var milestones = access["groups"]!.AsArray().Single(g => g!["group"]!.GetValue<string>() == "milestones")!;
        await Assert.That(milestones["usable"]!.AsArray().Count).IsEqualTo(0);
        await Assert.That(access["note"]!.GetValue<string>()).Contains("Feature flags");
        var toAdd = access["scopesToAdd"]!.AsArray().ToDictionary(e => e!["scope"]!.GetValue<string>(), e => e!["commands"]!.AsArray().Select(c => c!.GetValue<string>()).ToList());
        await Assert.That(toAdd["payments:write"]).IsEquivalentTo(new[] { "contracts end", "credits top-up", "milestones approve", "milestones create", "milestones fund" });
        await Assert.That(toAdd.ContainsKey("proposals:write")).IsFalse();
        await Assert.That(access["apiKeysUrl"]!.GetValue<string>()).IsEqualTo(server.BaseUrl + "/settings/api-keys");
    }

    [Test]
    public async Task Without_a_token_fails_before_any_request()
    {
        await using var server = await StubServer.StartAsync();
        using var env = new TestEnvironment();

        var result = await CliRunner.RunAsync(["whoami", "--base-url", server.BaseUrl], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("Error: Not logged in: no API token found. Run 'opentrain auth register'");
        await Assert.That(server.Requests).IsEmpty();
    }

    [Test]
    public async Task Extra_arguments_are_usage_errors()
    {
        var result = await CliRunner.RunAsync(["whoami", "--bogus"]);
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo("Usage error: unknown flag '--bogus'\n");
    }
}
