using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Domain;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Control;

/// <summary>
/// Acts as the human and drives the sandbox. Every method is also exposed over HTTP under <c>/_sandbox/</c>
/// (see docs/sandbox.md). Thread-safe.
/// </summary>
public sealed class SandboxControl(SandboxState state, RequestLog requests, FaultInjector faults)
{
    public SandboxClock Clock => state.Clock;

    /// <summary>Forgets all state, faults and logged requests; reseeds the marketplace when configured.</summary>
    public void Reset()
    {
        lock (state.Sync)
        {
            state.Reset();
            if (state.Options.SeedMarketplace) SeedData.Apply(state);
        }
        requests.Clear();
        faults.Clear();
    }

    public SandboxAccount CreateAccount(NewAccount? spec = null)
    {
        spec ??= new NewAccount();
        var scopes = spec.Scopes ?? Scopes.All;
        RequireKnownScopes(scopes);
        lock (state.Sync)
        {
            var account = state.CreateAccount(spec.OrganizationName, null);
            var email = spec.Email ?? $"human-{account.Id}@sandbox.example";
            if (state.Accounts.All.Any(a => a.Id != account.Id && string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase)))
            {
                state.Accounts.Remove(account.Id);
                throw new ControlException(409, $"Another account already uses {email}.");
            }
            if (spec.Claimed) state.MarkClaimed(account, email, spec.FirstName, spec.LastName);
            else account.Members.Add(new TeamMember(account.OwnerUserId, "OWNER", "Agent", null, state.Now));
            account.HasPaymentMethod = spec.HasPaymentMethod;
            if (spec.CreditsCents > 0) AdjustCredits(account, spec.CreditsCents);
            var token = state.MintToken(account, "Sandbox token", scopes);
            return new SandboxAccount(account.Id, account.OrganizationId, account.OwnerUserId, account.Email, account.Claimed, token.Raw, token.Id, token.Scopes);
        }
    }

    public JsonArray Accounts()
    {
        lock (state.Sync)
        {
            return JsonValues.Array(state.Accounts.All.Select(a => (JsonNode?)new JsonObject
            {
                ["accountId"] = a.Id,
                ["organizationId"] = a.OrganizationId,
                ["organizationName"] = a.OrganizationName,
                ["userId"] = a.OwnerUserId,
                ["agentName"] = a.AgentName,
                ["email"] = a.Email,
                ["claimed"] = a.Claimed,
                ["hasPaymentMethod"] = a.HasPaymentMethod,
                ["teamsEnabled"] = a.TeamsEnabled,
                ["availableCents"] = a.AvailableCents,
                ["features"] = Features(a),
            }));
        }
    }

    /// <summary>Changes an account: claim state, card on file, teams, credits (added as an ADJUSTMENT), feature overrides.</summary>
    public void UpdateAccount(string accountId, bool? claimed = null, bool? hasPaymentMethod = null, bool? teamsEnabled = null,
        long? addCreditsCents = null, IReadOnlyDictionary<string, bool>? features = null)
    {
        lock (state.Sync)
        {
            var account = FindAccount(accountId);
            if (claimed == true && !account.Claimed) state.MarkClaimed(account, account.Email ?? $"human-{account.Id}@sandbox.example", "Sandbox", "Human");
            if (claimed == false) account.Claimed = false;
            if (hasPaymentMethod is { } pm) account.HasPaymentMethod = pm;
            if (teamsEnabled is { } te) account.TeamsEnabled = te;
            if (addCreditsCents is { } cents and not 0) AdjustCredits(account, cents);
            foreach (var (key, on) in features ?? new Dictionary<string, bool>())
            {
                RequireKnownFeature(key);
                account.FeatureOverrides[key] = on;
            }
        }
    }

    /// <summary>Switches a feature flag for one account, or the default for every account without an override.</summary>
    public void SetFeature(string feature, bool enabled, string? accountId = null)
    {
        RequireKnownFeature(feature);
        lock (state.Sync)
        {
            if (accountId is null) state.Settings.FeatureDefaults[feature] = enabled;
            else FindAccount(accountId).FeatureOverrides[feature] = enabled;
        }
    }

    /// <summary>The human finishes the claim ceremony. Picks the registration by claim token, user code or attempt token; with none, the latest pending attempt.</summary>
    public ClaimCompletion CompleteClaim(string? claimToken = null, string? userCode = null, string? attemptToken = null, string? firstName = null, string? lastName = null)
    {
        lock (state.Sync)
        {
            var claim = state.Claims.Values.LastOrDefault(c =>
                (claimToken is null || c.ClaimToken == claimToken)
                && (userCode is null || c.Attempt?.UserCode == userCode)
                && (attemptToken is null || c.Attempt?.AttemptToken == attemptToken)
                && (claimToken is not null || c.CompletedAt is null))
                ?? throw new ControlException(404, "No matching claim registration.");
            return Complete(claim, firstName, lastName);
        }
    }

    private ClaimCompletion Complete(ClaimRegistration claim, string? firstName, string? lastName)
    {
        if (claim.CompletedAt is not null) throw new ControlException(409, "This claim was already completed.");
        var attempt = claim.Attempt ?? throw new ControlException(409, "No claim attempt started: call POST /api/agent/identity/claim first.");
        if (state.Now >= attempt.ExpiresAt) throw new ControlException(409, "The claim attempt expired; start the claim again.");
        if (state.Now >= claim.ExpiresAt) throw new ControlException(409, "The claim window has closed.");
        var account = state.Accounts.Find(claim.AccountId)!;
        var local = attempt.Email.Split('@')[0].Split('.', '+', '_')[0];
        state.MarkClaimed(account, attempt.Email, firstName ?? (local.Length > 0 ? char.ToUpperInvariant(local[0]) + local[1..] : "Sandbox"), lastName ?? "Human");
        claim.CompletedAt = state.Now;
        return new ClaimCompletion(account.Id, attempt.Email, attempt.UserCode);
    }

    public JsonArray Claims()
    {
        lock (state.Sync)
        {
            return JsonValues.Array(state.Claims.Values.Select(c => (JsonNode?)new JsonObject
            {
                ["accountId"] = c.AccountId,
                ["claimTokenExpiresAt"] = JsonValues.Iso(c.ExpiresAt),
                ["email"] = c.Attempt?.Email,
                ["userCode"] = c.Attempt?.UserCode,
                ["attemptExpiresAt"] = JsonValues.Iso(c.Attempt?.ExpiresAt),
                ["completedAt"] = JsonValues.Iso(c.CompletedAt),
                ["delivered"] = c.Delivered,
            }));
        }
    }

    /// <summary>Mints a token as the human, with any scopes. Account: by id, by owner email, by one of its bearer tokens, else the newest account.</summary>
    public MintedToken MintToken(IReadOnlyList<string> scopes, string? accountId = null, string? email = null, string? bearerToken = null,
        string? name = null, DateTimeOffset? expiresAt = null)
    {
        RequireKnownScopes(scopes);
        lock (state.Sync)
        {
            Account account;
            if (accountId is not null) account = FindAccount(accountId);
            else if (email is not null)
                account = state.Accounts.All.FirstOrDefault(a => string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase))
                    ?? throw new ControlException(404, $"No account owned by {email}.");
            else if (bearerToken is not null)
                account = state.TokensByRaw.TryGetValue(bearerToken, out var t) ? FindAccount(t.AccountId) : throw new ControlException(404, "Unknown token.");
            else account = state.Accounts.All.LastOrDefault(a => a.Email != SeedData.AcmeOwnerEmail) ?? throw new ControlException(404, "No account exists yet.");
            var token = state.MintToken(account, name ?? "Minted in app", scopes, expiresAt);
            return new MintedToken(token.Raw, token.Id, account.Id, token.Scopes);
        }
    }

    public JsonObject ConfirmApproval(string approvalId, string? paymentSource = null) =>
        ResolveApproval(approvalId, a => ApprovalEngine.Confirm(state, a, paymentSource));

    public JsonObject DeclineApproval(string approvalId) => ResolveApproval(approvalId, a => ApprovalEngine.Decline(state, a));

    public JsonObject ExpireApproval(string approvalId) => ResolveApproval(approvalId, a => ApprovalEngine.Expire(state, a));

    private JsonObject ResolveApproval(string approvalId, Action<Approval> action)
    {
        lock (state.Sync)
        {
            var approval = state.Approvals.Find(approvalId) ?? throw new ControlException(404, $"No such approval: {approvalId}");
            try
            {
                action(approval);
            }
            catch (InvalidOperationException e)
            {
                throw new ControlException(409, e.Message);
            }
            return ApprovalViews.Approval(state, approval);
        }
    }

    /// <summary>Every approval (there is no list endpoint in the API), newest first; optionally one status.</summary>
    public JsonArray Approvals(string? status = null)
    {
        lock (state.Sync)
        {
            foreach (var a in state.Approvals.All.ToList()) ApprovalEngine.ExpireIfDue(state, a);
            return JsonValues.Array(state.Approvals.All.Reverse().Where(a => status is null || a.Status == status)
                .Select(a => (JsonNode?)ApprovalViews.Approval(state, a)));
        }
    }

    /// <summary>The human pays a top-up: COMPLETED, TOP_UP ledger entry, credits available.</summary>
    public JsonObject PayTopUp(string topUpId)
    {
        lock (state.Sync)
        {
            var topUp = state.TopUps.Find(topUpId) ?? throw new ControlException(404, $"No such top-up: {topUpId}");
            TopUps.ExpireIfDue(state, topUp);
            if (topUp.Status != "PENDING") throw new ControlException(409, $"Top-up {topUpId} is {topUp.Status}.");
            TopUps.Complete(state, topUp);
            return MoneyViews.TopUp(topUp);
        }
    }

    public DateTimeOffset AdvanceTime(TimeSpan by) => state.Clock.Advance(by);

    public string AddFault(FaultSpec spec)
    {
        try
        {
            return faults.Add(spec);
        }
        catch (ArgumentException e)
        {
            throw new ControlException(400, e.Message);
        }
    }

    public JsonArray Faults() => faults.Describe();

    public void ClearFaults() => faults.Clear();

    /// <summary>Requests served so far (oldest first), excluding <c>/_sandbox</c> calls.</summary>
    public IReadOnlyList<RecordedRequest> Requests() => requests.Snapshot();

    public void ClearRequests() => requests.Clear();

    /// <summary>A job as the sandbox sees it: list fields, draft fields and draft validation.</summary>
    public JsonObject Job(string jobId)
    {
        lock (state.Sync)
        {
            var job = state.Jobs.Find(jobId) ?? throw new ControlException(404, $"No such job: {jobId}");
            var body = JobViews.MineItem(state, job);
            body["accountId"] = job.AccountId;
            body["fields"] = job.Fields.DeepClone();
            body["validation"] = Drafts.DraftFields.Validation(job.Fields);
            return body;
        }
    }

    /// <summary>More seeded candidates apply to a job (each fires <c>proposal.received</c>).</summary>
    public JsonArray AddProposals(string jobId, int count = 1, string? freelancerId = null)
    {
        lock (state.Sync)
        {
            var job = state.Jobs.Find(jobId) ?? throw new ControlException(404, $"No such job: {jobId}");
            var added = ProposalArrivals.Arrive(state, job, count, freelancerId);
            return JsonValues.Array(added.Select(p => (JsonNode?)ProposalViews.Summary(state, p)));
        }
    }

    /// <summary>The AI trainer writes in a conversation (fires <c>message.received</c>).</summary>
    public JsonObject CandidateMessage(string conversationId, string content)
    {
        lock (state.Sync)
        {
            var conversation = state.Conversations.Find(conversationId) ?? throw new ControlException(404, $"No such conversation: {conversationId}");
            var message = Conversations.Post(state, conversation, fromEmployer: false, content);
            return new JsonObject { ["id"] = message.Id, ["conversationId"] = conversation.Id, ["createdAt"] = JsonValues.Iso(message.CreatedAt) };
        }
    }

    /// <summary>An annotation platform reports usage on a contract (may fire <c>contract.budget_state_changed</c>).</summary>
    public JsonObject RecordUsage(string contractId, decimal hours = 0, decimal labels = 0)
    {
        lock (state.Sync)
        {
            var contract = state.Contracts.Find(contractId) ?? throw new ControlException(404, $"No such contract: {contractId}");
            contract.ConsumedHours += hours;
            contract.ConsumedLabels += labels;
            contract.LastUsageAt = state.Now;
            Funding.UpdateBudgetState(state, contract);
            return ContractViews.Detail(state, contract)["budget"]!.DeepClone().AsObject();
        }
    }

    public JsonObject Settings()
    {
        lock (state.Sync)
        {
            var s = state.Settings;
            return new JsonObject
            {
                ["anonymousRegistrationEnabled"] = s.AnonymousRegistrationEnabled,
                ["claimRequiredForPaymentWrites"] = s.ClaimRequiredForPaymentWrites,
                ["autoHumanSeconds"] = s.AutoHumanDelay?.TotalSeconds,
                ["tokenlessRateLimitPerMinute"] = s.TokenlessRateLimitPerMinute,
                ["featureDefaults"] = new JsonObject(s.FeatureDefaults.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
            };
        }
    }

    public void UpdateSettings(bool? anonymousRegistrationEnabled = null, bool? claimRequiredForPaymentWrites = null,
        TimeSpan? autoHumanDelay = null, bool disableAutoHuman = false, int? tokenlessRateLimitPerMinute = null)
    {
        lock (state.Sync)
        {
            var s = state.Settings;
            if (anonymousRegistrationEnabled is { } a) s.AnonymousRegistrationEnabled = a;
            if (claimRequiredForPaymentWrites is { } c) s.ClaimRequiredForPaymentWrites = c;
            if (autoHumanDelay is { } d) s.AutoHumanDelay = d;
            if (disableAutoHuman) s.AutoHumanDelay = null;
            if (tokenlessRateLimitPerMinute is { } r) s.TokenlessRateLimitPerMinute = r;
        }
    }

    /// <summary>Events of one account (or all), oldest first, unfiltered by scope.</summary>
    public JsonArray Events(string? accountId = null)
    {
        lock (state.Sync)
        {
            return JsonValues.Array(state.Events.Where(e => accountId is null || e.AccountId == accountId).Select(e =>
            {
                var json = EventViews.Event(e);
                json["accountId"] = e.AccountId;
                return (JsonNode?)json;
            }));
        }
    }

    public JsonArray WebhookDeliveries()
    {
        lock (state.Sync)
        {
            return JsonValues.Array(state.Deliveries.All.Select(d => (JsonNode?)new JsonObject
            {
                ["id"] = d.Id,
                ["webhookId"] = d.WebhookId,
                ["eventId"] = d.EventId,
                ["eventType"] = d.EventType,
                ["status"] = d.Status,
                ["attempts"] = d.Attempts,
                ["lastStatusCode"] = d.LastStatusCode,
                ["lastError"] = d.LastError,
            }));
        }
    }

    /// <summary>One pass of auto mode: completes claims, confirms approvals and pays top-ups older than the delay.</summary>
    public int RunAutoHumanPass()
    {
        lock (state.Sync)
        {
            if (state.Settings.AutoHumanDelay is not { } delay) return 0;
            var due = state.Now - delay;
            var done = 0;
            foreach (var claim in state.Claims.Values.Where(c => c.CompletedAt is null && c.Attempt is { } a && a.StartedAt <= due && state.Now < a.ExpiresAt).ToList())
            {
                Complete(claim, null, null);
                done++;
            }
            foreach (var approval in state.Approvals.All.Where(a => a.IsPending && a.CreatedAt <= due).ToList())
            {
                try
                {
                    ApprovalEngine.Confirm(state, approval);
                }
                catch (InvalidOperationException)
                {
                    ApprovalEngine.Decline(state, approval);
                }
                done++;
            }
            foreach (var topUp in state.TopUps.All.Where(t => t.Status == "PENDING" && t.CreatedAt <= due).ToList())
            {
                TopUps.ExpireIfDue(state, topUp);
                if (topUp.Status != "PENDING") continue;
                TopUps.Complete(state, topUp);
                done++;
            }
            return done;
        }
    }

    private void AdjustCredits(Account account, long cents)
    {
        account.AvailableCents += cents;
        account.Ledger.Add(new LedgerEntry(state.NewId("led"), "ADJUSTMENT", cents, state.Now, null, null, null, null, null, "Sandbox adjustment"));
    }

    private JsonObject Features(Account a) =>
        new(State.Features.All.Select(f => KeyValuePair.Create(f, (JsonNode?)state.FeatureEnabled(a, f))));

    private Account FindAccount(string id) => state.Accounts.Find(id) ?? throw new ControlException(404, $"No such account: {id}");

    private static void RequireKnownScopes(IEnumerable<string> scopes)
    {
        var unknown = scopes.Where(s => !Scopes.IsKnown(s)).ToList();
        if (unknown.Count > 0) throw new ControlException(400, "Unknown scope(s): " + string.Join(", ", unknown));
    }

    private static void RequireKnownFeature(string feature)
    {
        if (!State.Features.IsKnown(feature)) throw new ControlException(400, $"Unknown feature flag: {feature}");
    }
}
