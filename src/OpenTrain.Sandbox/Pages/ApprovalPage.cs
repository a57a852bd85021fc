using OpenTrain.Sandbox.Control;
using OpenTrain.Sandbox.Domain;
using OpenTrain.Sandbox.State;
using static OpenTrain.Sandbox.Pages.Html;

namespace OpenTrain.Sandbox.Pages;

/// <summary>
/// <c>/approvals/{id}</c>, the <c>approvalUrl</c> the API hands out: what is being requested, then Confirm or Decline.
/// The buttons post to the same <see cref="SandboxControl"/> methods as <c>POST /_sandbox/approvals/{id}/confirm|decline</c>.
/// </summary>
public static class ApprovalPage
{
    /// <summary>What a human needs to judge one approval.</summary>
    public sealed record Summary(string Id, string Type, string Title, string Status, decimal? AmountUsd, string? Job, string? Freelancer,
        string? ContractId, string? Milestone, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? ResolvedAt, bool MovesMoney,
        bool HasCard, long AvailableCents);

    public static string TypeTitle(string type) => type switch
    {
        ApprovalTypes.ProposalHire => "Hire a freelancer and fund the first milestone",
        ApprovalTypes.MilestoneFund => "Fund a milestone (escrow)",
        ApprovalTypes.MilestoneApprove => "Release a milestone payment",
        ApprovalTypes.ContractEnd => "End a contract",
        _ => type,
    };

    /// <summary>Reads one approval (after lazy expiry, as the API does on read); caller holds <see cref="SandboxState.Sync"/>.</summary>
    public static Summary Describe(SandboxState state, Approval a)
    {
        ApprovalEngine.ExpireIfDue(state, a);
        var account = state.Accounts.Find(a.AccountId)!;
        var contract = a.ContractId is null ? null : state.Contracts.Find(a.ContractId);
        var milestone = a.MilestoneId is null ? null : state.Milestones.Find(a.MilestoneId);
        var freelancerId = contract?.FreelancerId ?? (a.ProposalId is null ? null : state.Proposals.Find(a.ProposalId)?.FreelancerId);
        var freelancer = freelancerId is null ? null : state.Freelancers.Find(freelancerId);
        decimal? amount = a.Type switch
        {
            ApprovalTypes.ProposalHire => a.HireTerms?.Amount,
            ApprovalTypes.MilestoneFund or ApprovalTypes.MilestoneApprove => milestone?.AmountUsd,
            ApprovalTypes.ContractEnd => contract?.Milestones.Where(m => m.IsFunded).Sum(m => m.AmountUsd),
            _ => null,
        };
        var milestoneText = a.Type == ApprovalTypes.ProposalHire
            ? $"First milestone: {a.HireTerms?.Name ?? a.HireTerms?.Description ?? "(unnamed)"}" + (a.HireTerms?.DueDate is { } due ? $", due {due:yyyy-MM-dd}" : "")
            : milestone is null ? null : $"#{milestone.Number} {milestone.Name ?? milestone.Description} ({milestone.Id}, {milestone.Status})";
        return new Summary(a.Id, a.Type, TypeTitle(a.Type), a.Status, amount, state.Jobs.Find(a.JobId)?.Title ?? a.JobId,
            freelancer is null ? null : $"{freelancer.DisplayName}, {freelancer.Title} ({freelancer.Country})",
            a.ContractId, milestoneText, a.CreatedAt, a.ExpiresAt, a.ResolvedAt,
            a.Type is ApprovalTypes.ProposalHire or ApprovalTypes.MilestoneFund, account.HasPaymentMethod, account.AvailableCents);
    }

    public static void Map(IEndpointRouteBuilder app, SandboxState state, SandboxControl control)
    {
        HumanPages.MapLinkPage(app, "/approvals", (http, id) => ShowAsync(http, state, id),
            (http, _, e) => MessageAsync(http, "This request could not be completed", e.Message + " Open the link again to see where it stands.", e.Status, "bad"),
            ("confirm", "confirmed", (id, form) => control.ConfirmApproval(id, Field(form, "paymentSource"))),
            ("decline", "declined", (id, _) => control.DeclineApproval(id)));
    }

    private static Task ShowAsync(HttpContext http, SandboxState state, string id)
    {
        Summary s;
        lock (state.Sync)
        {
            if (state.Approvals.Find(id) is not { } approval) return Unknown(http, id);
            s = Describe(state, approval);
        }
        var done = http.Request.Query["done"].ToString();
        var facts = Facts(
            ("Request", s.Title), ("Approval", s.Id), ("Status", s.Status), ("Job", s.Job), ("Freelancer", s.Freelancer),
            ("Contract", s.ContractId), ("Milestone", s.Milestone), ("Requested", When(s.CreatedAt)),
            ("Expires", $"{When(s.ExpiresAt)} ({Relative(s.ExpiresAt, state.Now)})"), ("Resolved", When(s.ResolvedAt)));
        var amount = s.AmountUsd is { } usd ? $"""<p class="amount">{E(Usd(usd))}</p>""" : "";
        string body;
        if (s.Status == ApprovalStatuses.Pending)
        {
            body = $"""
                <div class="card">{amount}{facts}</div>
                <form method="post" action="/approvals/{E(s.Id)}" class="card">
                {PaymentChoice(s)}
                <p class="muted">Confirming moves the money in this sandbox; the agent sees the result with <code>opentrain approvals get {E(s.Id)}</code>.</p>
                <div class="actions"><button type="submit" name="action" value="confirm">Confirm</button>
                <button type="submit" name="action" value="decline" class="secondary">Decline</button></div>
                </form>
                """;
            return WriteAsync(http, "Approve this request?", body);
        }
        var (title, message, kind, status) = (done, s.Status) switch
        {
            ("confirmed", ApprovalStatuses.Confirmed) => ("Confirmed", "You confirmed this request. The agent can continue.", "ok", 200),
            ("declined", ApprovalStatuses.Declined) => ("Declined", "You declined this request. Nothing was charged.", "ok", 200),
            (_, ApprovalStatuses.Expired) => ("This approval link has expired", $"It expired on {When(s.ExpiresAt)} without a decision. Nothing was charged; the agent must request it again.", "bad", 410),
            _ => ("Already " + s.Status, $"This request was already {s.Status} on {When(s.ResolvedAt)}. There is nothing left to do.", "", 200),
        };
        body = $"""<div class="notice {kind}" role="status"><p>{E(message)}</p></div><div class="card">{amount}{facts}</div><p><a href="/">Back to the sandbox home page</a></p>""";
        return WriteAsync(http, title, body, status);
    }

    private static string PaymentChoice(Summary s)
    {
        if (!s.MovesMoney) return "";
        var card = s.HasCard ? """ checked""" : " disabled";
        var credits = s.HasCard ? "" : " checked";
        return $"""
            <fieldset><legend>Pay with</legend>
            <input type="radio" id="pay-card" name="paymentSource" value="card"{card}><label for="pay-card">Card on file{(s.HasCard ? "" : " (none)")}</label>
            <input type="radio" id="pay-credits" name="paymentSource" value="credits"{credits}><label for="pay-credits">Credits ({E(Cents(s.AvailableCents))} available)</label>
            </fieldset>
            """;
    }

    private static Task Unknown(HttpContext http, string id) =>
        MessageAsync(http, "Unknown approval link", $"No approval {id} exists in this sandbox. It may belong to another sandbox run (state is forgotten on restart or reset).", 404, "bad");
}
