using System.Net;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Pages;

/// <summary>
/// Keeps other web sites out of the human's side of the sandbox: its pages and the <c>/_sandbox/</c> control surface,
/// which act without a token (confirm, decline, pay, claim, mint tokens, reset). Any page the human has open in the same
/// browser could otherwise post a form to <c>http://127.0.0.1:PORT/…</c> (a cross-site "simple" request needs no CORS
/// approval), or read those paths after pointing a DNS name of its own at 127.0.0.1 (DNS rebinding).
/// <list type="bullet">
/// <item>A state-changing request (anything but GET, HEAD, OPTIONS) is refused with 403 when its <c>Origin</c> (or, without
/// one, its <c>Referer</c>) is not this sandbox: the request's own origin or <see cref="SandboxState.PublicOrigin"/>,
/// and never a DNS name other than <c>localhost</c> or the public origin's host. <c>Origin: null</c> (a sandboxed
/// frame, a <c>data:</c> page) is refused too.</item>
/// <item>With neither header, a browser that says the request is cross-site (<c>Sec-Fetch-Site: cross-site</c> or
/// <c>same-site</c>) is refused; anything else is allowed: every browser sends <c>Origin</c> with a form POST, so this is
/// curl, the CLI, a test or a script on the machine.</item>
/// <item>A browser's request (one with <c>Origin</c> or <c>Sec-Fetch-Site</c>) addressed to a DNS name other than
/// <c>localhost</c> or the public origin's host is refused, GETs included: that is a rebinding page, never a link the
/// sandbox handed out. Other clients (a container reached as <c>http://sandbox:8787</c>) are not affected.</item>
/// </list>
/// The API itself (<c>/api/…</c>) is not guarded: it needs a bearer token a foreign page does not have.
/// </summary>
public static class BrowserRequestGuard
{
    public static async Task InvokeAsync(HttpContext http, Func<Task> next, SandboxState state)
    {
        if (!HumanPages.IsHumanOrControlPath(http.Request.Path))
        {
            await next();
            return;
        }
        http.Response.Headers.XContentTypeOptions = "nosniff"; // control JSON echoes user text: never sniffed as HTML
        if (Refusal(http.Request, state.PublicOrigin) is not { } reason)
        {
            await next();
            return;
        }
        if (http.Request.Path.StartsWithSegments("/_sandbox"))
        {
            await JsonResponseWriter.WriteAsync(http, StatusCodes.Status403Forbidden, new System.Text.Json.Nodes.JsonObject { ["error"] = reason });
            return;
        }
        await Html.MessageAsync(http, "Request refused", reason + " Nothing was changed. Open the link again in this browser and use the page's own buttons.", 403, "bad");
    }

    /// <summary>Why the request is refused, or null.</summary>
    public static string? Refusal(HttpRequest request, string publicOrigin)
    {
        var headers = request.Headers;
        var own = $"{request.Scheme}://{request.Host.Value}";
        var fromBrowser = headers.ContainsKey("Origin") || headers.ContainsKey("Sec-Fetch-Site");
        if (fromBrowser && !HostIsTrusted(request.Host.Host, publicOrigin))
            return $"This sandbox answers browsers only at its own address (an IP address, localhost or {publicOrigin}), not at '{request.Host.Host}'.";
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)) return null;

        string? source = headers.Origin.Count > 0 ? headers.Origin.ToString() : null;
        if (source is null && headers.Referer.Count > 0)
            source = Uri.TryCreate(headers.Referer.ToString(), UriKind.Absolute, out var referer) ? referer.GetLeftPart(UriPartial.Authority) : "an unreadable Referer";
        if (source is null)
        {
            var site = headers["Sec-Fetch-Site"].ToString();
            return site is "cross-site" or "same-site" ? "This form was sent from another site." : null;
        }
        return IsThisSandbox(source, own, publicOrigin) ? null : "This form was sent from another site.";
    }

    private static bool IsThisSandbox(string origin, string own, string publicOrigin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return false; // "null" included
        var normalized = uri.GetLeftPart(UriPartial.Authority);
        var matches = Same(normalized, own) || Same(normalized, publicOrigin);
        return matches && HostIsTrusted(uri.Host, publicOrigin);
    }

    private static bool Same(string a, string b) =>
        Uri.TryCreate(a, UriKind.Absolute, out var x) && Uri.TryCreate(b, UriKind.Absolute, out var y)
        && x.Scheme == y.Scheme && string.Equals(x.Host, y.Host, StringComparison.OrdinalIgnoreCase) && x.Port == y.Port;

    /// <summary>An IP address, <c>localhost</c>, or the public origin's host: never a name someone else's DNS controls.</summary>
    private static bool HostIsTrusted(string host, string publicOrigin) =>
        IPAddress.TryParse(host.Trim('[', ']'), out _)
        || string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (Uri.TryCreate(publicOrigin, UriKind.Absolute, out var pub) && string.Equals(host, pub.Host, StringComparison.OrdinalIgnoreCase));
}
