using System.Net;

namespace OpenTrain.Config;

/// <summary>
/// A validated API origin: absolute https, or plain http only for loopback hosts, so a bearer
/// token never crosses a network in clear text. A trailing slash is ignored.
/// </summary>
internal sealed record BaseUrl(Uri Uri)
{
    public const string Default = "https://app.opentrain.ai";

    public string Text => Uri.GetLeftPart(UriPartial.Path).TrimEnd('/');

    public static BaseUrl Parse(string raw, string source)
    {
        var trimmed = raw.Trim().TrimEnd('/');
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
            throw new InvalidSettingException($"invalid base URL '{raw}' (from {source}): expected an absolute https:// URL");
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
            throw new InvalidSettingException($"invalid base URL '{raw}' (from {source}): it must not carry credentials, a query or a fragment");
        if (uri.Scheme == "http" && !IsLoopback(uri))
            throw new InvalidSettingException($"refusing plain-http base URL '{raw}' (from {source}): use https://, http:// is allowed only for localhost, 127.0.0.0/8 and [::1]");
        return new BaseUrl(uri);
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback
        || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>The absolute URL of an API path such as <c>/api/public/v1/auth/me</c>.</summary>
    public Uri Resolve(string pathAndQuery) => new(Text + pathAndQuery, UriKind.Absolute);

    /// <summary>
    /// The app's "Settings → API keys" page, where a human creates a token with the scopes an agent lacks: the base URL
    /// plus <c>/settings/api-keys</c> (the sandbox serves it there; the spec names no path, see docs/decisions.md).
    /// </summary>
    public Uri ApiKeysPage => Resolve("/settings/api-keys");

    public bool IsSameOrigin(Uri other) =>
        Uri.Compare(Uri, other, UriComponents.SchemeAndServer, UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
