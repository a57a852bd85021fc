using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using OpenTrain.Sandbox;

namespace OpenTrain.Browser.Tests.Support;

/// <summary>
/// One test's world: an emulator on real Kestrel (a browser cannot reach an in-memory server), the published CLI with a
/// private <c>XDG_CONFIG_HOME</c> pointed at it, and a browser page where the test plays the human.
/// </summary>
public sealed class HumanDesk : IAsyncDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("opentrain-browser-").FullName;
    private readonly Dictionary<string, string> _env;
    private readonly IBrowserContext _context;

    private HumanDesk(SandboxHost sandbox, IBrowserContext context, IPage page)
    {
        Sandbox = sandbox;
        _context = context;
        Page = page;
        _env = new Dictionary<string, string>
        {
            ["XDG_CONFIG_HOME"] = Path.Combine(_root, "config"),
            ["HOME"] = _root,
            ["OT_API_BASE_URL"] = sandbox.BaseUrl,
        };
    }

    public SandboxHost Sandbox { get; }

    public IPage Page { get; }

    public string CredentialsPath => Path.Combine(_root, "config", "opentrain", "cli.json");

    /// <summary>Skips without a browser or without the published CLI; otherwise starts a fresh emulator and browser context.</summary>
    public static async Task<HumanDesk> StartAsync(SharedBrowser browser)
    {
        if (Cli.BinaryPath is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        var context = await browser.NewContextAsync();
        // A stopped clock at a fixed time: the pages (and so the screenshots in docs/images) come out the same on every run.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var sandbox = await SandboxHost.StartAsync(new SandboxOptions { ClaimPollIntervalSeconds = 0, TimeProvider = clock });
        return new HumanDesk(sandbox, context, await context.NewPageAsync());
    }

    /// <summary>Runs <c>opentrain args</c>; fails unless it exits with <paramref name="expectedExit"/>.</summary>
    public async Task<CliResult> RunAsync(int expectedExit, params string[] args)
    {
        var result = await Cli.RunAsync(args, _env);
        if (result.ExitCode != expectedExit)
            throw new InvalidOperationException($"opentrain {string.Join(' ', args)} exited {result.ExitCode}, expected {expectedExit}:\n{result.Stderr}{result.Stdout}");
        return result;
    }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(0, args);

    public async Task<JsonObject> JsonAsync(params string[] args) => JsonNode.Parse((await RunAsync([.. args, "--json"])).Stdout)!.AsObject();

    /// <summary>A claimed account whose token (every scope) the CLI uses from now on.</summary>
    public void UseClaimedAccount(long creditsCents = 0) =>
        _env["OT_API_TOKEN"] = Sandbox.Control.CreateAccount(new Sandbox.Control.NewAccount { CreditsCents = creditsCents }).Token;

    /// <summary><c>opentrain jobs draft create</c> from a complete brief ("Spanish Sentiment Labeling"), with any extra flags.</summary>
    public async Task<CliResult> DraftAsync(params string[] moreArgs)
    {
        var brief = Path.Combine(_root, "brief.txt");
        await File.WriteAllTextAsync(brief, "Spanish Sentiment Labeling\nWe need 5 fluent Spanish speakers to label 20,000 tweets for sentiment. Pay: $0.06 per label. Intermediate level.\n");
        return await RunAsync(["jobs", "draft", "create", "--description-file", brief, .. moreArgs]);
    }

    /// <summary>Draft → publish with the CLI; returns the first seeded proposal's id.</summary>
    public async Task<string> PublishedJobProposalAsync()
    {
        var jobId = JsonNode.Parse((await DraftAsync("--json")).Stdout)!["jobId"]!.GetValue<string>();
        await RunAsync("jobs", "publish", jobId);
        return (await JsonAsync("proposals", "list", jobId))["proposals"]!.AsArray()[0]!["id"]!.GetValue<string>();
    }

    /// <summary><c>opentrain proposals hire</c> on a freshly published job; returns the approval link it printed.</summary>
    public async Task<string> HireApprovalLinkAsync(decimal amount, params string[] moreArgs)
    {
        var proposalId = await PublishedJobProposalAsync();
        var hire = await RunAsync(["proposals", "hire", proposalId, "--milestone-name", "First batch",
            "--amount", amount.ToString(System.Globalization.CultureInfo.InvariantCulture), .. moreArgs]);
        return LinkIn(hire.Stdout, "/approvals/");
    }

    /// <summary><c>opentrain credits top-up --amount</c>; returns the checkout link it printed.</summary>
    public async Task<string> TopUpLinkAsync(int amountUsd) =>
        LinkIn((await RunAsync("credits", "top-up", "--amount", amountUsd.ToString(System.Globalization.CultureInfo.InvariantCulture))).Stdout, "/checkout/");

    /// <summary>The id at the end of a link (<c>…/approvals/appr_…</c>).</summary>
    public static string IdOf(string url) => url.Split('/')[^1];

    /// <summary>The first link on this emulator's origin in the CLI's output that has the given path prefix.</summary>
    public string LinkIn(string output, string pathPrefix)
    {
        var match = Regex.Match(output, Regex.Escape(Sandbox.BaseUrl + pathPrefix) + @"[^\s]*");
        if (!match.Success) throw new InvalidOperationException($"No {Sandbox.BaseUrl}{pathPrefix}… link in:\n{output}");
        return match.Value;
    }

    /// <summary>Opens a URL; returns the HTTP status of the page.</summary>
    public async Task<int> OpenAsync(string url) => (await Page.GotoAsync(url))!.Status;

    public Task<string> HeadingAsync() => Page.Locator("h1").InnerTextAsync();

    public Task<string> TextAsync() => Page.Locator("main").InnerTextAsync();

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        await Sandbox.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
