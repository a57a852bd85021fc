using Microsoft.Playwright;
using TUnit.Core.Interfaces;

namespace OpenTrain.Browser.Tests.Support;

/// <summary>
/// One headless Debian chromium for the whole test session (tech-notes §7); each test opens its own context.
/// Playwright's own browser download is not used: <see cref="ExecutablePath"/> points at the system chromium.
/// </summary>
public sealed class SharedBrowser : IAsyncInitializer, IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath)) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            ],
        });
    }

    /// <summary>A fresh phone-sized context with JavaScript off (the pages must work without it); skips the test without a browser.</summary>
    public Task<IBrowserContext> NewContextAsync() => NewContextAsync(javaScript: false, bypassCsp: false);

    /// <summary>
    /// A fresh context; <paramref name="javaScript"/> on lets a test see whether injected script would run, and
    /// <paramref name="bypassCsp"/> ignores the pages' Content-Security-Policy, so escaping alone is what is tested.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(bool javaScript, bool bypassCsp)
    {
        if (_browser is null)
            Skip.Test($"No browser: {ExecutablePath} is missing (Debian: apt-get install -y --no-install-recommends chromium; .ci/run installs it).");
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 480, Height = 800 },
            JavaScriptEnabled = javaScript,
            BypassCSP = bypassCsp,
            Locale = "en-US",
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
