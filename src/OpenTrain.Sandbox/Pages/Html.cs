using System.Globalization;
using System.Net;
using System.Text;

namespace OpenTrain.Sandbox.Pages;

/// <summary>
/// The shared layout of the human pages: one HTML document per response, every value HTML-escaped through
/// <see cref="E(string?)"/>, readable on a phone (viewport meta, one column, big buttons), no JavaScript (and a
/// <see cref="ContentSecurityPolicy"/> that allows none).
/// </summary>
public static class Html
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f5f6f8;color:#1c1e21;line-height:1.45}
        header{background:#1f3a5f;color:#fff;padding:.6rem 1rem;display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap}
        header a{color:#fff;font-weight:600;text-decoration:none}header span{font-size:.85rem;opacity:.8}
        main{max-width:46rem;margin:0 auto;padding:1rem}
        h1{font-size:1.4rem;margin:.4rem 0 1rem}h2{font-size:1.1rem;margin:1.4rem 0 .5rem}
        .card{background:#fff;border:1px solid #d8dce1;border-radius:8px;padding:1rem;margin-bottom:1rem}.card>:first-child{margin-top:0}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:0}dt{color:#5b6470}dd{margin:0;word-break:break-word}
        .amount{font-size:1.6rem;font-weight:700;margin:0 0 .6rem}
        label{display:block;font-weight:600;margin:.8rem 0 .3rem}
        input[type=text]{font-size:1.1rem;padding:.5rem;width:100%;box-sizing:border-box;border:1px solid #9aa3ad;border-radius:6px}
        fieldset{border:1px solid #d8dce1;border-radius:6px;margin:.8rem 0}fieldset label{display:inline;font-weight:400;margin:0 1rem 0 .3rem}
        .actions{display:flex;gap:.75rem;flex-wrap:wrap;margin-top:1rem}
        button{font-size:1rem;padding:.65rem 1.4rem;border-radius:6px;border:1px solid #1f3a5f;background:#1f3a5f;color:#fff;cursor:pointer}
        button.secondary{background:#fff;color:#1f3a5f}
        .notice{border-left:4px solid #1f3a5f;background:#eef3f9;padding:.6rem .8rem;margin-bottom:1rem}.notice p{margin:0}
        .ok{border-left-color:#1e7b34;background:#e9f6ec}.bad{border-left-color:#b3261e;background:#fbeceb}
        table{border-collapse:collapse;width:100%;font-size:.9rem;background:#fff}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e3e6ea;vertical-align:top}
        .scroll{overflow-x:auto}code{background:#eef0f3;padding:0 .25rem;border-radius:3px;word-break:break-all}td code{word-break:normal;white-space:nowrap}.muted{color:#5b6470}
        """;

    /// <summary>The pages' policy: inline styles only; forms post to this origin; never framed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>HTML-escapes a value for text and attribute positions.</summary>
    public static string E(string? value) => WebUtility.HtmlEncode(value ?? "");

    /// <summary>Writes a complete page; <paramref name="body"/> must already be escaped HTML.</summary>
    public static Task WriteAsync(HttpContext http, string title, string body, int status = 200)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        // Defence in depth behind the escaping: no script, plugin, frame or foreign form target can run here, the page
        // cannot be framed (a click on Confirm is the human's own), and links carry no Referer (claim tokens) off-site.
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.XFrameOptions = "DENY";
        http.Response.Headers["Referrer-Policy"] = "same-origin";
        var page = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} · OpenTrain sandbox</title><style>{Style}</style></head>
            <body><header><a href="/">OpenTrain sandbox</a><span>Local emulator: you are acting as the human. Nothing here is real money.</span></header>
            <main><h1>{E(title)}</h1>
            {body}
            </main></body></html>
            """;
        return http.Response.WriteAsync(page, Encoding.UTF8);
    }

    /// <summary>A page that only explains something (unknown, expired or already resolved link; a result).</summary>
    public static Task MessageAsync(HttpContext http, string title, string message, int status = 200, string kind = "") =>
        WriteAsync(http, title, $"""<div class="notice {kind}" role="status"><p>{E(message)}</p></div><p><a href="/">Back to the sandbox home page</a></p>""", status);

    /// <summary>303 to a result page, so a reload never repeats the action.</summary>
    public static void SeeOther(HttpContext http, string location)
    {
        http.Response.StatusCode = StatusCodes.Status303SeeOther;
        http.Response.Headers.Location = location;
    }

    /// <summary>A definition list of label → value pairs; null values are left out.</summary>
    public static string Facts(params (string Label, string? Value)[] rows)
    {
        var sb = new StringBuilder("<dl>");
        foreach (var (label, value) in rows.Where(r => r.Value is not null))
            sb.Append(CultureInfo.InvariantCulture, $"<dt>{E(label)}</dt><dd>{E(value)}</dd>");
        return sb.Append("</dl>").ToString();
    }

    /// <summary>A table; cells are already-escaped HTML (use <see cref="E(string?)"/> or <see cref="Link"/>).</summary>
    public static string Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string empty)
    {
        var list = rows.ToList();
        if (list.Count == 0) return $"""<p class="muted">{E(empty)}</p>""";
        var sb = new StringBuilder($"""<div class="scroll"><table><caption class="muted" style="text-align:left">{E(caption)}</caption><thead><tr>""");
        foreach (var h in headers) sb.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(h)}</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in list) sb.Append("<tr>").AppendJoin("", row.Select(c => "<td>" + c + "</td>")).Append("</tr>");
        return sb.Append("</tbody></table></div>").ToString();
    }

    public static string Link(string href, string text) => $"""<a href="{E(href)}">{E(text)}</a>""";

    public static string Usd(decimal amount) => "$" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Cents(long cents) => Usd(cents / 100m);

    public static string When(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string? When(DateTimeOffset? t) => t is { } v ? When(v) : null;

    /// <summary>"in 3 h 5 min" / "2 min ago", measured on the sandbox clock.</summary>
    public static string Relative(DateTimeOffset t, DateTimeOffset now)
    {
        var d = t - now;
        var abs = d.Duration();
        var text = abs.TotalHours >= 1 ? $"{(int)abs.TotalHours} h {abs.Minutes} min" : $"{Math.Max(abs.Minutes, 0)} min";
        return d >= TimeSpan.Zero ? "in " + text : text + " ago";
    }

    /// <summary>Reads a posted form field, trimmed; null when absent or empty.</summary>
    public static string? Field(IFormCollection form, string name) =>
        form.TryGetValue(name, out var v) && v.ToString().Trim() is { Length: > 0 } s ? s : null;
}
