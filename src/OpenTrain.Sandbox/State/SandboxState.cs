using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace OpenTrain.Sandbox.State;

/// <summary>All in-memory state of one sandbox. Every read and write happens under <see cref="Sync"/>.</summary>
public sealed class SandboxState
{
    public SandboxState(SandboxOptions options, SandboxClock clock)
    {
        Options = options;
        Clock = clock;
        Settings = new SandboxSettings { AutoHumanDelay = options.AutoHumanDelay };
    }

    public Lock Sync { get; } = new();
    public SandboxOptions Options { get; }
    public SandboxClock Clock { get; }
    public SandboxSettings Settings { get; private set; }

    /// <summary>Origin for links handed out (verification, approval, claim URLs).</summary>
    public string PublicOrigin { get; set; } = "http://127.0.0.1";

    public DateTimeOffset Now => Clock.GetUtcNow();

    public EntityTable<Account> Accounts { get; private set; } = new();
    public EntityTable<ApiToken> Tokens { get; private set; } = new();
    public Dictionary<string, ApiToken> TokensByRaw { get; private set; } = new(StringComparer.Ordinal);
    public Dictionary<string, ClaimRegistration> Claims { get; private set; } = new(StringComparer.Ordinal);
    public EntityTable<Job> Jobs { get; private set; } = new();
    public EntityTable<Proposal> Proposals { get; private set; } = new();
    public EntityTable<Freelancer> Freelancers { get; private set; } = new();
    public EntityTable<Conversation> Conversations { get; private set; } = new();
    public EntityTable<Approval> Approvals { get; private set; } = new();
    public EntityTable<Contract> Contracts { get; private set; } = new();
    public EntityTable<Milestone> Milestones { get; private set; } = new();
    public EntityTable<Invoice> Invoices { get; private set; } = new();
    public EntityTable<TopUp> TopUps { get; private set; } = new();
    public EntityTable<WebhookSubscription> Webhooks { get; private set; } = new();
    public EntityTable<WebhookDelivery> Deliveries { get; private set; } = new();
    public List<PlatformEvent> Events { get; private set; } = [];
    public Dictionary<string, List<DateTimeOffset>> TokenlessHits { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>New events, read by the webhook dispatcher.</summary>
    public Channel<PlatformEvent> EventStream { get; } = Channel.CreateUnbounded<PlatformEvent>();

    private long _nextId;
    private long _nextEvent;
    private int _nextInvoiceNumber = 1000;

    /// <summary>Deterministic opaque id: <c>&lt;prefix&gt;_&lt;12 hex&gt;</c>.</summary>
    public string NewId(string prefix) => $"{prefix}_{Interlocked.Increment(ref _nextId) * 7919 + 0x10000000:x12}";

    public int NextInvoiceNumber() => ++_nextInvoiceNumber;

    public static string RandomHex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    public static string RandomDigits(int count) =>
        RandomNumberGenerator.GetInt32(0, (int)Math.Pow(10, count)).ToString("D" + count, System.Globalization.CultureInfo.InvariantCulture);

    public string Link(string pathAndQuery) => PublicOrigin.TrimEnd('/') + pathAndQuery;

    public bool FeatureEnabled(Account account, string feature) =>
        account.FeatureOverrides.TryGetValue(feature, out var on) ? on : Settings.FeatureDefaults.GetValueOrDefault(feature, true);

    /// <summary>Appends an event to the account feed and hands it to the webhook dispatcher.</summary>
    public PlatformEvent AppendEvent(string accountId, string type, string resourceId, string? jobId, JsonObject data)
    {
        var e = new PlatformEvent(++_nextEvent, accountId, type, Now, resourceId, jobId, data);
        Events.Add(e);
        EventStream.Writer.TryWrite(e);
        return e;
    }

    public long LastEventSequence => _nextEvent;

    /// <summary>Creates an account with a fresh owner user.</summary>
    public Account CreateAccount(string organizationName, string? agentName)
    {
        var account = new Account
        {
            Id = NewId("acct"),
            OrganizationId = NewId("org"),
            OwnerUserId = NewId("usr"),
            OrganizationName = organizationName,
            AgentName = agentName,
            CreatedAt = Now,
        };
        return Accounts.Add(account);
    }

    /// <summary>Mints a token for an account; returns the record (its <see cref="ApiToken.Raw"/> is the secret).</summary>
    public ApiToken MintToken(Account account, string name, IEnumerable<string> scopes, DateTimeOffset? expiresAt = null, bool preClaim = false)
    {
        var token = new ApiToken
        {
            Id = NewId("tok"),
            AccountId = account.Id,
            PublicId = RandomHex(4),
            Secret = RandomHex(16),
            Name = name,
            Scopes = scopes.Distinct(StringComparer.Ordinal).ToList(),
            CreatedAt = Now,
            ExpiresAt = expiresAt,
            IsPreClaim = preClaim,
        };
        Tokens.Add(token);
        TokensByRaw[token.Raw] = token;
        return token;
    }

    /// <summary>Marks the account as claimed by a human (team owner gets their name and email).</summary>
    public void MarkClaimed(Account account, string email, string firstName, string lastName)
    {
        account.Claimed = true;
        account.ClaimedAt = Now;
        account.Email = email;
        account.FirstName = firstName;
        account.LastName = lastName;
        account.Members.RemoveAll(m => m.UserId == account.OwnerUserId);
        account.Members.Insert(0, new TeamMember(account.OwnerUserId, "OWNER", account.FullName, email, Now));
    }

    /// <summary>Forgets everything (settings back to defaults); the clock keeps its offset.</summary>
    public void Reset()
    {
        Settings = new SandboxSettings { AutoHumanDelay = Options.AutoHumanDelay };
        Accounts = new(); Tokens = new(); TokensByRaw = new(StringComparer.Ordinal); Claims = new(StringComparer.Ordinal);
        Jobs = new(); Proposals = new(); Freelancers = new(); Conversations = new(); Approvals = new();
        Contracts = new(); Milestones = new(); Invoices = new(); TopUps = new(); Webhooks = new(); Deliveries = new();
        Events = []; TokenlessHits = new(StringComparer.Ordinal);
    }
}
