using System.Text.Json.Nodes;
using OpenTrain.Sandbox;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.EndToEnd;

/// <summary>
/// The published binary against an in-process emulator, with a private credentials folder:
/// what a user's shell session would be. Every command is checked to exit as expected.
/// </summary>
internal sealed class SandboxSession : IAsyncDisposable
{
    private readonly TestEnvironment env = new();

    private SandboxSession(SandboxHost sandbox)
    {
        Sandbox = sandbox;
        env.With("OT_API_BASE_URL", sandbox.BaseUrl);
    }

    public SandboxHost Sandbox { get; }

    public string CredentialsPath => env.CredentialsPath;

    public static async Task<SandboxSession> StartAsync() => new(await SandboxHost.StartAsync());

    /// <summary>Runs <c>opentrain args</c>; fails the test unless it exits with <paramref name="expectedExit"/>.</summary>
    public async Task<CliResult> RunAsync(params string[] args) => await RunAsync(0, args);

    public Task<CliResult> RunAsync(int expectedExit, params string[] args) => RunAsync(expectedExit, stdin: null, args);

    private async Task<CliResult> RunAsync(int expectedExit, string? stdin, string[] args)
    {
        var result = await PublishedBinary.RunAsync(args, env.Variables, stdin);
        if (result.ExitCode != expectedExit)
            throw new InvalidOperationException($"opentrain {string.Join(' ', args)} exited {result.ExitCode}, expected {expectedExit}:\n{result.Stderr}{result.Stdout}");
        return result;
    }

    /// <summary>Runs with <c>--json</c> and parses the output.</summary>
    public Task<JsonObject> JsonAsync(params string[] args) => JsonAsync(0, args);

    /// <summary>Runs with <c>--json</c>, expecting <paramref name="expectedExit"/>, and parses stdout (a failure document when it fails).</summary>
    public async Task<JsonObject> JsonAsync(int expectedExit, params string[] args) =>
        JsonNode.Parse((await RunAsync(expectedExit, [.. args, "--json"])).Stdout)!.AsObject();

    /// <summary>Runs with <c>--json</c> and <paramref name="stdin"/> piped in (e.g. a token for <c>--api-key -</c>).</summary>
    public async Task<JsonObject> JsonWithStdinAsync(string stdin, params string[] args) =>
        JsonNode.Parse((await RunAsync(0, stdin, [.. args, "--json"])).Stdout)!.AsObject();

    /// <summary>Starts <c>opentrain args</c> in this session and leaves it running.</summary>
    public RunningBinary Start(params string[] args) => PublishedBinary.Start(args, env.Variables);

    public string SavedToken() => JsonNode.Parse(File.ReadAllText(env.CredentialsPath))!["apiToken"]!.GetValue<string>();

    /// <summary>A path in the session's private folder (nothing is created).</summary>
    public string FilePath(string name) => Path.Combine(env.Root, name);

    public string WriteFile(string name, string text)
    {
        var path = FilePath(name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Register, claim (the emulator plays the human), and wait for the post-claim token.</summary>
    public async Task RegisterAndClaimAsync()
    {
        await RunAsync("auth", "register", "--agent-name", "E2E agent", "--org-name", "E2E Org");
        await RunAsync("auth", "claim", "--email", "owner@example.com");
        Sandbox.Control.CompleteClaim();
        await RunAsync("auth", "claim-status", "--wait", "--interval", "0.1", "--timeout", "30");
    }

    /// <summary>Draft → update → publish; returns the job id.</summary>
    public async Task<string> PublishJobAsync()
    {
        var brief = WriteFile("brief.txt", "Spanish Sentiment Labeling\nWe need 5 fluent Spanish speakers to label 20,000 tweets for sentiment. Pay: $0.06 per label.\n");
        var draft = await JsonAsync("jobs", "draft", "create", "--description-file", brief, "--idempotency-key", "e2e-1");
        var jobId = draft["jobId"]!.GetValue<string>();
        await RunAsync("jobs", "draft", "update", jobId, "--set", "experienceLevel=INTERMEDIATE");
        await RunAsync("jobs", "publish", jobId);
        return jobId;
    }

    public async ValueTask DisposeAsync()
    {
        await Sandbox.DisposeAsync();
        env.Dispose();
    }
}
