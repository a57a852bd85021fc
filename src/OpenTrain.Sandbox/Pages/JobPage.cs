using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox.State;
using static OpenTrain.Sandbox.Pages.Html;

namespace OpenTrain.Sandbox.Pages;

/// <summary>
/// The read-only pages behind the other links the CLI prints: a draft's <c>draftUrl</c> (<c>/job-post?jobId=…</c>), a job's
/// <c>jobUrl</c> and marketplace <c>url</c> (<c>/jobs/{id}</c>, <c>/jobs/{slug}-{id}</c>) and the <c>billingUrl</c> of
/// <c>payment_method_required</c> (<c>/settings/billing</c>). Editing happens through the API; these show what is there.
/// </summary>
public static class JobPage
{
    public static void Map(IEndpointRouteBuilder app, SandboxState state)
    {
        app.MapGet("/job-post", (RequestDelegate)(http => ShowAsync(http, state, http.Request.Query["jobId"].ToString())));
        app.MapGet("/jobs/{slugAndId}", (RequestDelegate)(http =>
        {
            var value = http.Request.RouteValues["slugAndId"]?.ToString() ?? "";
            var at = value.LastIndexOf("job_", StringComparison.Ordinal);
            return ShowAsync(http, state, at >= 0 ? value[at..] : value);
        }));
        app.MapGet("/settings/billing", (RequestDelegate)(http => BillingAsync(http, state)));
    }

    private static Task ShowAsync(HttpContext http, SandboxState state, string jobId)
    {
        string body;
        string title;
        lock (state.Sync)
        {
            if (state.Jobs.Find(jobId) is not { } job)
                return MessageAsync(http, "Unknown job link", $"No job {jobId} exists in this sandbox. It may belong to another sandbox run.", 404, "bad");
            title = job.Title ?? "Untitled draft";
            var fields = job.Fields.Where(kv => kv.Value is not null && kv.Key != "jobTitle")
                .Select(kv => (IReadOnlyList<string>)[E(kv.Key), E(Display(kv.Value!))]);
            body = $"""
                <div class="card">{Facts(("Job", job.Id), ("Status", job.Status), ("Organization", state.Accounts.Find(job.AccountId)?.OrganizationName),
                    ("Created", When(job.CreatedAt)), ("Published", When(job.PublishedAt)))}</div>
                {Table("Job fields", ["Field", "Value"], fields, "No fields yet.")}
                <p class="muted">Edit it with <code>opentrain jobs draft update {E(job.Id)} --set key=value</code>.</p>
                """;
        }
        return WriteAsync(http, title, body);
    }

    private static string Display(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Array => string.Join(", ", node.AsArray().Select(n => n is null ? "" : Display(n))),
        _ => node.ToJsonString(),
    };

    private static Task BillingAsync(HttpContext http, SandboxState state)
    {
        string rows;
        lock (state.Sync)
        {
            rows = Table("Payment methods and credits", ["Organization", "Card on file", "Credits available", "Reserved"],
                state.Accounts.All.Select(a => (IReadOnlyList<string>)[E(a.OrganizationName), E(a.HasPaymentMethod ? "yes" : "no"),
                    E(Cents(a.AvailableCents)), E(Cents(a.ReservedCents))]), "No accounts yet.");
        }
        return WriteAsync(http, "Billing", $"""
            {rows}
            <p class="muted">In the sandbox a card is added or removed with <code>PATCH /_sandbox/accounts/{"{accountId}"} {E("{\"hasPaymentMethod\": true}")}</code>;
            credits arrive through <code>opentrain credits top-up</code> and its checkout page.</p>
            """);
    }
}
