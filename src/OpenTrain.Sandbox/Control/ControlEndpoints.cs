using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.Json;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Control;

/// <summary>The HTTP face of <see cref="SandboxControl"/> under <c>/_sandbox/</c>. Errors: <c>{"error": "..."}</c> with 400/404/409.</summary>
public static class ControlEndpoints
{
    private delegate JsonNode? ControlHandler(HttpContext http, JsonObject body);

    public static void Map(IEndpointRouteBuilder app, SandboxControl c)
    {
        void On(string method, string pattern, ControlHandler handler) =>
            app.MapMethods("/_sandbox" + pattern, [method], (RequestDelegate)(http => ExecuteAsync(http, handler)));

        On("GET", "/health", (_, _) => new JsonObject { ["ok"] = true, ["now"] = JsonValues.Iso(c.Clock.GetUtcNow()) });
        On("POST", "/reset", (_, _) => { c.Reset(); return Ok(); });
        On("GET", "/settings", (_, _) => c.Settings());
        On("POST", "/settings", (_, b) =>
        {
            c.UpdateSettings(Bool(b, "anonymousRegistrationEnabled"), Bool(b, "claimRequiredForPaymentWrites"),
                b["autoHumanSeconds"] is { } s && s.GetValueKind() == JsonValueKind.Number ? TimeSpan.FromSeconds(s.GetValue<double>()) : null,
                b.ContainsKey("autoHumanSeconds") && b["autoHumanSeconds"] is null, (int?)Int(b, "tokenlessRateLimitPerMinute"));
            return c.Settings();
        });

        On("GET", "/accounts", (_, _) => new JsonObject { ["accounts"] = c.Accounts() });
        On("POST", "/accounts", (_, b) =>
        {
            var defaults = new NewAccount();
            var a = c.CreateAccount(new NewAccount
            {
                Email = Str(b, "email"),
                FirstName = Str(b, "firstName") ?? defaults.FirstName,
                LastName = Str(b, "lastName") ?? defaults.LastName,
                OrganizationName = Str(b, "organizationName") ?? defaults.OrganizationName,
                Claimed = Bool(b, "claimed") ?? true,
                Scopes = Strings(b, "scopes"),
                HasPaymentMethod = Bool(b, "hasPaymentMethod") ?? true,
                CreditsCents = Int(b, "creditsCents") ?? 0,
            });
            return new JsonObject
            {
                ["accountId"] = a.AccountId, ["organizationId"] = a.OrganizationId, ["userId"] = a.UserId, ["email"] = a.Email,
                ["claimed"] = a.Claimed, ["token"] = a.Token, ["tokenId"] = a.TokenId, ["scopes"] = JsonValues.Strings(a.Scopes),
            };
        });
        On("PATCH", "/accounts/{accountId}", (http, b) =>
        {
            var flags = b["features"] is JsonObject f ? f.ToDictionary(kv => kv.Key, kv => kv.Value?.GetValue<bool>() ?? true) : null;
            c.UpdateAccount(Route(http, "accountId"), Bool(b, "claimed"), Bool(b, "hasPaymentMethod"), Bool(b, "teamsEnabled"), Int(b, "addCreditsCents"), flags);
            return Ok();
        });
        On("POST", "/features", (_, b) =>
        {
            var flags = b["flags"] as JsonObject ?? throw new ControlException(400, "flags must be an object of featureKey: boolean.");
            foreach (var (key, value) in flags) c.SetFeature(key, value?.GetValue<bool>() ?? true, Str(b, "accountId"));
            return Ok();
        });

        On("GET", "/claims", (_, _) => new JsonObject { ["claims"] = c.Claims() });
        On("POST", "/claims/complete", (_, b) =>
        {
            var done = c.CompleteClaim(Str(b, "claimToken"), Str(b, "userCode"), Str(b, "attemptToken"), Str(b, "firstName"), Str(b, "lastName"));
            return new JsonObject { ["ok"] = true, ["accountId"] = done.AccountId, ["email"] = done.Email, ["userCode"] = done.UserCode };
        });
        On("POST", "/tokens", (_, b) =>
        {
            var scopes = Strings(b, "scopes") ?? throw new ControlException(400, "scopes (array of strings) is required.");
            var expires = Str(b, "expiresAt") is { } e ? DateTimeOffset.Parse(e, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
            var t = c.MintToken(scopes, Str(b, "accountId"), Str(b, "email"), Str(b, "token"), Str(b, "name"), expires);
            return new JsonObject { ["token"] = t.Token, ["tokenId"] = t.TokenId, ["accountId"] = t.AccountId, ["scopes"] = JsonValues.Strings(t.Scopes) };
        });

        On("GET", "/approvals", (http, _) => new JsonObject { ["approvals"] = c.Approvals(http.Request.Query["status"].FirstOrDefault()) });
        On("POST", "/approvals/{approvalId}/confirm", (http, b) => new JsonObject { ["approval"] = c.ConfirmApproval(Route(http, "approvalId"), Str(b, "paymentSource")) });
        On("POST", "/approvals/{approvalId}/decline", (http, _) => new JsonObject { ["approval"] = c.DeclineApproval(Route(http, "approvalId")) });
        On("POST", "/approvals/{approvalId}/expire", (http, _) => new JsonObject { ["approval"] = c.ExpireApproval(Route(http, "approvalId")) });
        On("POST", "/top-ups/{topUpId}/pay", (http, _) => new JsonObject { ["topUp"] = c.PayTopUp(Route(http, "topUpId")) });

        On("GET", "/time", (_, _) => new JsonObject { ["now"] = JsonValues.Iso(c.Clock.GetUtcNow()) });
        On("POST", "/time/advance", (_, b) =>
        {
            var seconds = b["seconds"] is { } s && s.GetValueKind() == JsonValueKind.Number ? s.GetValue<double>() : throw new ControlException(400, "seconds (number) is required.");
            if (seconds < 0) throw new ControlException(400, "seconds must be >= 0.");
            return new JsonObject { ["now"] = JsonValues.Iso(c.AdvanceTime(TimeSpan.FromSeconds(seconds))) };
        });

        On("GET", "/faults", (_, _) => new JsonObject { ["faults"] = c.Faults() });
        On("POST", "/faults", (_, b) =>
        {
            var spec = b.Deserialize(SandboxJsonContext.Default.FaultSpec) ?? throw new ControlException(400, "A fault spec is required.");
            return new JsonObject { ["id"] = c.AddFault(spec) };
        });
        On("DELETE", "/faults", (_, _) => { c.ClearFaults(); return Ok(); });

        On("GET", "/requests", (http, _) =>
        {
            var prefix = http.Request.Query["pathPrefix"].FirstOrDefault();
            var method = http.Request.Query["method"].FirstOrDefault();
            var list = c.Requests().Where(r => (prefix is null || r.Path.StartsWith(prefix, StringComparison.Ordinal))
                && (method is null || string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase))).ToList();
            return new JsonObject { ["requests"] = JsonSerializer.SerializeToNode(list, SandboxJsonContext.Default.ListRecordedRequest) };
        });
        On("DELETE", "/requests", (_, _) => { c.ClearRequests(); return Ok(); });

        On("GET", "/jobs/{jobId}", (http, _) => new JsonObject { ["job"] = c.Job(Route(http, "jobId")) });
        On("POST", "/jobs/{jobId}/proposals", (http, b) =>
            new JsonObject { ["proposals"] = c.AddProposals(Route(http, "jobId"), Int(b, "count") is { } n ? (int)n : 1, Str(b, "freelancerId")) });
        On("POST", "/conversations/{conversationId}/messages", (http, b) =>
            c.CandidateMessage(Route(http, "conversationId"), Str(b, "content") ?? throw new ControlException(400, "content is required.")));
        On("POST", "/contracts/{contractId}/usage", (http, b) =>
            new JsonObject { ["budget"] = c.RecordUsage(Route(http, "contractId"), Dec(b, "hours"), Dec(b, "labels")) });
        On("GET", "/events", (http, _) => new JsonObject { ["events"] = c.Events(http.Request.Query["accountId"].FirstOrDefault()) });
        On("GET", "/webhook-deliveries", (_, _) => new JsonObject { ["deliveries"] = c.WebhookDeliveries() });
    }

    private static async Task ExecuteAsync(HttpContext http, ControlHandler handler)
    {
        JsonNode? result;
        int status = 200;
        try
        {
            using var reader = new StreamReader(http.Request.Body);
            var text = await reader.ReadToEndAsync();
            var body = string.IsNullOrWhiteSpace(text) ? [] : JsonNode.Parse(text) as JsonObject ?? throw new ControlException(400, "Body must be a JSON object.");
            result = handler(http, body);
        }
        catch (JsonException e)
        {
            (status, result) = (400, Error("Invalid JSON: " + e.Message));
        }
        catch (ControlException e)
        {
            (status, result) = (e.Status, Error(e.Message));
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            (status, result) = (400, Error(e.Message));
        }
        await JsonResponseWriter.WriteAsync(http, status, result);
    }

    private static JsonObject Ok() => new() { ["ok"] = true };

    private static JsonObject Error(string message) => new() { ["error"] = message };

    private static string Route(HttpContext http, string name) => http.Request.RouteValues[name]?.ToString() ?? "";

    private static string? Str(JsonObject b, string key) => b[key] is { } n ? n.GetValueKind() == JsonValueKind.String ? n.GetValue<string>() : throw new ControlException(400, $"{key} must be a string.") : null;

    private static bool? Bool(JsonObject b, string key) => b[key] is { } n ? n.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? n.GetValue<bool>() : throw new ControlException(400, $"{key} must be a boolean.") : null;

    private static long? Int(JsonObject b, string key) => b[key] is { } n ? n.GetValueKind() == JsonValueKind.Number ? n.GetValue<long>() : throw new ControlException(400, $"{key} must be a number.") : null;

    private static decimal Dec(JsonObject b, string key) => b[key] is { } n ? n.GetValueKind() == JsonValueKind.Number ? n.AsDecimal() : throw new ControlException(400, $"{key} must be a number.") : 0;

    private static List<string>? Strings(JsonObject b, string key) => b[key] is JsonArray a ? a.Select(x => x?.GetValue<string>() ?? "").ToList() : null;
}
