using OpenTrain.Toolkit;
using OpenTrain.Config;

namespace OpenTrain.Commands.Webhooks;

/// <summary>A delivery URL the API accepts: absolute https (plain http only for loopback), at most 2048 characters.</summary>
internal static class WebhookUrl
{
    public const int MaxLength = 2048;

    public static string Validate(string? raw, ArgumentNames names)
    {
        var name = names["url"];
        var url = CommandArgs.Require(raw, name).Trim();
        if (url.Length > MaxLength) throw new UsageException($"{name} is {url.Length} characters long; the limit is {MaxLength}");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
            throw new UsageException($"{name} must be an absolute https:// URL, got '{url}'");
        if (uri.Scheme == "http" && !BaseUrl.IsLoopback(uri))
            throw new UsageException($"{name} must use https:// (plain http:// is accepted only for localhost and loopback addresses), got '{url}'");
        return url;
    }
}
