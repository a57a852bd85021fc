using System.Net;
using System.Text.RegularExpressions;

namespace OpenTrain.Tests.EndToEnd;

/// <summary>
/// The human's side of a flow through the sandbox's pages only, as a browser without JavaScript uses them: open a
/// link, read the page, fill its form and press one of its buttons (the browser's <c>Origin</c> header, an
/// url-encoded body, the 303 followed). It never calls the emulator's control surface.
/// </summary>
internal sealed class HumanBrowser(string origin) : IDisposable
{
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = true, UseCookies = false })
    {
        BaseAddress = new Uri(origin),
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>GET a link (absolute, or a path of the sandbox); fails unless the page answers 200.</summary>
    public async Task<HtmlPage> OpenAsync(string link)
    {
        using var response = await http.GetAsync(link);
        return await PageAsync(response);
    }

    /// <summary>
    /// Submits the page's only (or <paramref name="formAction"/>'s) form as the browser would: its hidden and text
    /// fields, checked boxes and radios, then <paramref name="fill"/> (a field's value replaced; a box checked by
    /// <c>(name, value)</c> in <paramref name="check"/>), and the pressed button's <c>name=value</c>.
    /// </summary>
    public async Task<HtmlPage> SubmitAsync(HtmlPage page, string? button = null, IReadOnlyDictionary<string, string>? fill = null,
        IEnumerable<(string Name, string Value)>? check = null, string? formAction = null)
    {
        var form = page.Form(formAction);
        var fields = new List<KeyValuePair<string, string>>(form.Fields);
        foreach (var (name, value) in fill ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        foreach (var (name, value) in check ?? [])
        {
            if (!form.Boxes.Contains((name, value))) throw new InvalidOperationException($"the page has no box {name}={value}:\n{page.Html}");
            if (!fields.Contains(new(name, value))) fields.Add(new(name, value));
        }
        if (button is not null)
        {
            if (!form.Buttons.Contains(button)) throw new InvalidOperationException($"the form has no button '{button}' (has: {string.Join(", ", form.Buttons)})");
            fields.Add(new("action", button));
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(page.Url, form.Action)) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", origin.TrimEnd('/'));
        using var response = await http.SendAsync(request);
        return await PageAsync(response);
    }

    private static async Task<HtmlPage> PageAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{response.RequestMessage!.RequestUri} answered {(int)response.StatusCode}:\n{html}");
        return new HtmlPage(response.RequestMessage!.RequestUri!, html);
    }

    public void Dispose() => http.Dispose();
}

/// <summary>A page the sandbox rendered: its text, links, one form's fields and buttons.</summary>
internal sealed partial record HtmlPage(Uri Url, string Html)
{
    /// <summary>The visible text, tags dropped, entities decoded, whitespace collapsed.</summary>
    public string Text => Regex.Replace(WebUtility.HtmlDecode(Tags().Replace(Html, " ")), @"\s+", " ").Trim();

    /// <summary>The first link whose target starts with <paramref name="prefix"/> (e.g. <c>/approvals/</c>).</summary>
    public string LinkTo(string prefix)
    {
        foreach (Match m in Links().Matches(Html))
            if (WebUtility.HtmlDecode(m.Groups[1].Value) is var target && target.StartsWith(prefix, StringComparison.Ordinal)) return target;
        throw new InvalidOperationException($"no link to {prefix}… on {Url}:\n{Html}");
    }

    /// <summary>The value of the <paramref name="name"/> box or radio whose label contains <paramref name="label"/>, as a person picks one.</summary>
    public string OptionLabelled(string name, string label)
    {
        foreach (Match m in Inputs().Matches(Html))
        {
            var a = Attributes(m.Value);
            if (a.GetValueOrDefault("name") != name || a.GetValueOrDefault("id") is not { } id) continue;
            var labelled = Regex.Match(Html, $"""<label for="{Regex.Escape(id)}">(.*?)</label>""", RegexOptions.Singleline);
            if (labelled.Success && WebUtility.HtmlDecode(labelled.Groups[1].Value).Contains(label, StringComparison.Ordinal)) return a.GetValueOrDefault("value") ?? "";
        }
        throw new InvalidOperationException($"no {name} labelled '{label}' on {Url}:\n{Html}");
    }

    /// <summary>The value of the input with <paramref name="id"/> (e.g. a read-only field showing a secret once).</summary>
    public string InputValue(string id)
    {
        foreach (Match m in Inputs().Matches(Html))
        {
            var a = Attributes(m.Value);
            if (a.GetValueOrDefault("id") == id) return a.GetValueOrDefault("value") ?? "";
        }
        throw new InvalidOperationException($"no input #{id} on {Url}");
    }

    internal HtmlForm Form(string? action)
    {
        var forms = Forms().Matches(Html).Where(f => action is null || Attributes(f.Groups[1].Value).GetValueOrDefault("action") == action).ToList();
        if (forms.Count != 1) throw new InvalidOperationException($"{forms.Count} forms{(action is null ? "" : $" posting to {action}")} on {Url}:\n{Html}");
        var tag = Attributes(forms[0].Groups[1].Value);
        var inner = forms[0].Groups[2].Value;
        var fields = new List<KeyValuePair<string, string>>();
        var boxes = new HashSet<(string, string)>();
        foreach (Match input in Inputs().Matches(inner))
        {
            var a = Attributes(input.Value);
            if (a.GetValueOrDefault("name") is not { } name || a.ContainsKey("disabled")) continue;
            var value = a.GetValueOrDefault("value") ?? "";
            var type = a.GetValueOrDefault("type") ?? "text";
            if (type is "checkbox" or "radio")
            {
                boxes.Add((name, value));
                if (a.ContainsKey("checked")) fields.Add(new(name, value));
            }
            else fields.Add(new(name, value));
        }
        var buttons = Buttons().Matches(inner).Select(b => Attributes(b.Value)).Where(a => a.GetValueOrDefault("name") == "action")
            .Select(a => a.GetValueOrDefault("value") ?? "").ToList();
        return new HtmlForm(tag.GetValueOrDefault("action") ?? Url.PathAndQuery, fields, boxes, buttons);
    }

    private static Dictionary<string, string?> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (Match m in AttributePairs().Matches(tag))
            attributes[m.Groups[1].Value] = m.Groups[2].Success ? WebUtility.HtmlDecode(m.Groups[2].Value) : null;
        return attributes;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("""<a\s[^>]*href="([^"]*)"[^>]*>(.*?)</a>""", RegexOptions.Singleline)]
    private static partial Regex Links();

    [GeneratedRegex("""<form\b([^>]*)>(.*?)</form>""", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("""<input\b[^>]*>""")]
    private static partial Regex Inputs();

    [GeneratedRegex("""<button\b[^>]*>""")]
    private static partial Regex Buttons();

    [GeneratedRegex("""\s([a-zA-Z_][\w-]*)(?:="([^"]*)")?""")]
    private static partial Regex AttributePairs();
}

internal sealed record HtmlForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields, IReadOnlySet<(string, string)> Boxes, IReadOnlyList<string> Buttons);
