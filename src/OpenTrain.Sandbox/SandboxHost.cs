using OpenTrain.Sandbox.Control;
using OpenTrain.Sandbox.Endpoints;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Webhooks;

namespace OpenTrain.Sandbox;

/// <summary>
/// A running emulator on a loopback port. Start one per test:
/// <code>await using var sandbox = await SandboxHost.StartAsync();</code>
/// then point a client at <see cref="BaseUrl"/> and drive the human side through <see cref="Control"/>.
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _background = [];

    private SandboxHost(WebApplication app, SandboxState state, SandboxControl control)
    {
        _app = app;
        State = state;
        Control = control;
    }

    /// <summary>e.g. <c>http://127.0.0.1:43127</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Acts as the human and drives the sandbox (same operations as <c>/_sandbox/*</c>).</summary>
    public SandboxControl Control { get; }

    /// <summary>Raw state; lock <see cref="SandboxState.Sync"/> before touching it.</summary>
    public SandboxState State { get; }

    public static async Task<SandboxHost> StartAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxOptions();
        var clock = new SandboxClock(options.TimeProvider ?? TimeProvider.System);
        var state = new SandboxState(options, clock);
        var requests = new RequestLog();
        var faults = new FaultInjector();
        var control = new SandboxControl(state, requests, faults);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{options.Host}:{options.Port}");
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        if (!options.HandleShutdownSignals) builder.Services.AddSingleton<IHostLifetime, InProcessLifetime>();
        var app = builder.Build();

        // First: a foreign web page's form or rebinding request never reaches the human pages or the control surface.
        app.Use((http, next) => Pages.BrowserRequestGuard.InvokeAsync(http, () => next(http), state));
        var logMiddleware = new RequestLogMiddleware(requests, clock);
        app.Use((http, next) => logMiddleware.InvokeAsync(http, next));
        app.Use((http, next) => faults.InvokeAsync(http, next));
        MapRoutes(app, state, control);

        var host = new SandboxHost(app, state, control);
        await app.StartAsync(cancellationToken);
        host.BaseUrl = app.Urls.First().TrimEnd('/');
        state.PublicOrigin = options.PublicOrigin?.TrimEnd('/') ?? host.BaseUrl;
        lock (state.Sync)
        {
            if (options.SeedMarketplace) SeedData.Apply(state);
        }
        host._background.Add(AutoHuman.RunAsync(control, host._stopping.Token));
        host._background.Add(new WebhookDispatcher(state).RunAsync(host._stopping.Token));
        return host;
    }

    private static void MapRoutes(WebApplication app, SandboxState state, SandboxControl control)
    {
        var api = new ApiRoutes(app, state, "/api/public/v1");
        TokensEndpoints.Map(api);
        JobDraftsEndpoints.Map(api);
        JobsEndpoints.Map(api);
        PublicJobsEndpoints.Map(api);
        ProposalsEndpoints.Map(api);
        FreelancersEndpoints.Map(api);
        MessagesEndpoints.Map(api);
        ContractsEndpoints.Map(api);
        ApprovalsEndpoints.Map(api);
        CreditsEndpoints.Map(api);
        UpdatesEndpoints.Map(api);
        WebhooksEndpoints.Map(api);
        TeamEndpoints.Map(api);
        PaymentsEndpoints.Map(api);
        api.NotFoundFallback(oauthShape: false);

        AgentAuthEndpoints.Map(new ApiRoutes(app, state, "/api/agent"));
        DiscoveryEndpoints.Map(new ApiRoutes(app, state, ""));
        ControlEndpoints.Map(app, control);
        Pages.HumanPages.Map(app, state, control);
    }

    /// <summary>No signal handling: an in-process host stops only when disposed.</summary>
    private sealed class InProcessLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Completes when the host shuts down (SIGINT/SIGTERM with <see cref="SandboxOptions.HandleShutdownSignals"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        State.EventStream.Writer.TryComplete();
        try
        {
            await Task.WhenAll(_background);
        }
        catch (OperationCanceledException)
        {
        }
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
