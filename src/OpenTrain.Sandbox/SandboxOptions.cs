namespace OpenTrain.Sandbox;

/// <summary>How a <see cref="SandboxHost"/> starts. Every property has a default that suits tests.</summary>
public sealed class SandboxOptions
{
    /// <summary>Loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Address to listen on: loopback by default; 0.0.0.0 in a container, so a published port reaches it.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>When set, the emulator acts as the human after this delay: completes claims, confirms approvals, pays top-ups.</summary>
    public TimeSpan? AutoHumanDelay { get; set; }

    /// <summary>Underlying clock (e.g. a FakeTimeProvider). The sandbox adds its own offset so time can also be advanced over HTTP.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Origin used in links the API hands out (verification, approval, claim URLs). Default: the sandbox's own base URL.</summary>
    public string? PublicOrigin { get; set; }

    /// <summary>Seed public marketplace jobs and the freelancer catalog at start (and after a reset).</summary>
    public bool SeedMarketplace { get; set; } = true;

    /// <summary>How many seeded candidates send a proposal when a job is published.</summary>
    public int ProposalsPerPublish { get; set; } = 3;

    /// <summary>The claim ceremony's polling interval, returned as <c>interval</c> and enforced with <c>slow_down</c>.</summary>
    public int ClaimPollIntervalSeconds { get; set; } = 5;

    /// <summary>Delays between webhook delivery attempts (documented: 1, 5, 30, 120 minutes). Tests shorten them.</summary>
    public IReadOnlyList<TimeSpan> WebhookRetryDelays { get; set; } =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(120)];

    /// <summary>Consecutive failed deliveries (each after all its attempts) after which a subscription is disabled.</summary>
    public int WebhookDisableAfterFailures { get; set; } = 10;

    /// <summary>Stop on SIGINT/SIGTERM (the process entry point). Off for in-process hosts, so tests keep their signals.</summary>
    public bool HandleShutdownSignals { get; set; }

    /// <summary>Per-attempt webhook delivery timeout.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
