using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Control;

namespace OpenTrain.Sandbox.Tests.Support;

/// <summary>A fresh sandbox plus a client, and the common set-ups (claimed account, published job, hire).</summary>
public sealed class Scenario : IAsyncDisposable
{
    public const string CompleteDescription =
        "Spanish Sentiment Labeling\nWe need 5 fluent Spanish speakers to label 20,000 tweets for sentiment. Pay: $0.06 per label. Intermediate level.";

    private Scenario(SandboxHost host)
    {
        Host = host;
        Api = new Api(host.BaseUrl);
    }

    public SandboxHost Host { get; }
    public Api Api { get; }
    public SandboxControl Control => Host.Control;

    public static async Task<Scenario> StartAsync(SandboxOptions? options = null) => new(await SandboxHost.StartAsync(options));

    /// <summary>A claimed account whose token has every scope (or the given ones).</summary>
    public SandboxAccount Account(params string[] scopes) =>
        Control.CreateAccount(new NewAccount { Scopes = scopes.Length == 0 ? null : scopes });

    public SandboxAccount UnclaimedAccount(params string[] scopes) =>
        Control.CreateAccount(new NewAccount { Claimed = false, Scopes = scopes.Length == 0 ? null : scopes });

    public async Task<string> DraftAsync(string token, string text = CompleteDescription)
    {
        var reply = await Api.Post("/api/public/v1/job-drafts", new JsonObject { ["rawJobDescription"] = text }, token);
        if (reply.Status != 200) throw new InvalidOperationException("draft failed: " + reply.Raw);
        return reply.Str("jobId");
    }

    public async Task<string> PublishedJobAsync(string token, string text = CompleteDescription)
    {
        var jobId = await DraftAsync(token, text);
        var reply = await Api.Post($"/api/public/v1/jobs/{jobId}/publish", null, token);
        if (reply.Status != 200) throw new InvalidOperationException("publish failed: " + reply.Raw);
        return jobId;
    }

    public async Task<string> FirstProposalAsync(string token, string jobId)
    {
        var reply = await Api.Get($"/api/public/v1/jobs/{jobId}/proposals", token);
        return reply["proposals"][0]!["id"]!.GetValue<string>();
    }

    public static JsonObject HireBody(decimal amount = 300, string name = "First labeling batch") => new()
    {
        ["milestone"] = new JsonObject { ["name"] = name, ["description"] = "Label the first 5,000 posts", ["amount"] = amount, ["dueDate"] = "2026-07-01" },
    };

    /// <summary>Publishes, hires the first proposal and confirms as the human. Returns ids.</summary>
    public async Task<(string JobId, string ProposalId, string ContractId)> HiredAsync(string token)
    {
        var jobId = await PublishedJobAsync(token);
        var proposalId = await FirstProposalAsync(token, jobId);
        var hire = await Api.Post($"/api/public/v1/proposals/{proposalId}/hire", HireBody(), token);
        var approval = Control.ConfirmApproval(hire["approval"]["id"]!.GetValue<string>());
        return (jobId, proposalId, approval["result"]!["contractId"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Host.DisposeAsync();
    }
}
