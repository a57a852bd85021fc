using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Operations;

/// <summary>A 403 naming details.requiredScopes says which scopes are missing and how to get them.</summary>
public class MissingScopeHintTests
{
    private static string Forbidden(string scopes) =>
        Fixtures.Envelope("Missing required scope.", "FORBIDDEN", $$"""{"requiredScopes":[{{scopes}}]}""");

    [Test]
    public async Task A_scope_no_agent_token_carries_needs_a_human_created_token()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/milestones/ms_1/fund", 403, Forbidden("\"payments:write\""));

        var result = await api.RunAsync("milestones", "fund", "ms_1");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(result.Stderr).IsEqualTo(
            "OpenTrain API request failed (403 FORBIDDEN): Missing required scope.\n" +
            "Details: {\"requiredScopes\":[\"payments:write\"]}\n" +
            "Hint: this token lacks payments:write, which agent registration and claiming never grant: a human creates a token with payments:write " +
            $"at {api.Server.BaseUrl}/settings/api-keys (Settings → API keys), then 'opentrain auth login --api-key -'.\n");
    }

    [Test]
    public async Task A_scope_the_claim_adds_points_to_the_claim_first()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/proposals/prop_1/hire", 403, Forbidden("\"proposals:write\""));

        var result = await api.RunAsync("proposals", "hire", "prop_1", "--milestone-name", "First batch", "--amount", "300");

        await Assert.That(result.Stderr).EndsWith(
            "\nHint: this token lacks proposals:write. Claiming the account adds it: run 'opentrain auth claim --email <owner-email>', " +
            "then 'opentrain auth claim-status --wait'. If the account is already claimed, a human creates a token with proposals:write " +
            $"at {api.Server.BaseUrl}/settings/api-keys (Settings → API keys), then 'opentrain auth login --api-key -'.\n");
    }

    [Test]
    public async Task Several_missing_scopes_are_all_named()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/webhooks", 403, Forbidden("\"webhooks:manage\",\"payments:read\""));

        var result = await api.RunAsync("webhooks", "list");

        // payments:read comes with every agent token: the hint must not say registration never grants it.
        await Assert.That(result.Stderr).Contains($"\nHint: this token lacks webhooks:manage, payments:read: a human creates a token with webhooks:manage, payments:read at {api.Server.BaseUrl}/settings/api-keys ");
    }

    [Test]
    public async Task A_scope_agent_tokens_carry_is_not_said_to_be_never_granted()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/jobs/job_1/publish", 403, Forbidden("\"jobs:write\""));

        var result = await api.RunAsync("jobs", "publish", "job_1");

        await Assert.That(result.Stderr).EndsWith(
            $"\nHint: this token lacks jobs:write: a human creates a token with jobs:write at {api.Server.BaseUrl}/settings/api-keys (Settings → API keys), " +
            "then 'opentrain auth login --api-key -'.\n");
    }

    [Test]
    public async Task With_json_the_envelope_is_still_exactly_as_received()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/milestones/ms_1/fund", 403, Forbidden("\"payments:write\""));

        var result = await api.RunAsync("milestones", "fund", "ms_1", "--json");

        await Assert.That(result.Stdout).IsEqualTo(
            "{\n  \"error\": \"Missing required scope.\",\n  \"code\": \"FORBIDDEN\",\n  \"requestId\": \"req_1\",\n  \"details\": {\n    \"requiredScopes\": [\n      \"payments:write\"\n    ]\n  }\n}\n");
        await Assert.That(result.Stderr).Contains("\nHint: this token lacks payments:write");
    }
}
