using System.Security.Cryptography;
using OpenTrain.Config;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

/// <summary>The secret deliveries are signed with, and the line that says which one it is (the session secret's is the one line that shows a secret).</summary>
internal sealed record SigningSecret(string Secret, string Announcement);

/// <summary>What <c>webhooks listen</c> and <c>webhooks trigger</c> share: the <c>--forward-to</c> rule and the signing secret.</summary>
internal static class WebhookForwarding
{
    /// <summary>The start line that shows a session secret (tests allow a <c>whsec_</c> secret in this line of <c>webhooks listen</c> only).</summary>
    public const string SessionSecretLine = "Signing secret for this session: ";

    /// <summary>An absolute http(s) URL; plain http only to a loopback host unless <paramref name="insecure"/>.</summary>
    public static Uri Target(string? raw, bool insecure, ArgumentNames names)
    {
        var name = names["forwardTo"];
        var text = CommandArgs.Require(raw, name).Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
            throw new UsageException($"{name} must be an absolute http:// or https:// URL, got '{text}'");
        if (uri.Scheme == "http" && !insecure && !BaseUrl.IsLoopback(uri))
            throw new UsageException($"{name} uses plain http:// to {uri.Host}, which is not a loopback address: use https://, " +
                $"or add {names["insecureForward"]} to send the deliveries and their signatures unencrypted");
        return uri;
    }

    /// <summary>
    /// <c>--secret</c>, else the secret <c>webhooks create --save-secret</c> kept for <c>--webhook-id</c>, else (when
    /// <paramref name="session"/>) a new <c>whsec_</c> secret for this session, announced once.
    /// </summary>
    public static SigningSecret Secret(string? secret, string? webhookId, bool session, CommandContext context, ArgumentNames names)
    {
        if (secret is not null && webhookId is not null)
            throw new UsageException($"give {names["secret"]} or {names["webhookId"]}, not both");
        if (secret is not null) return new(WebhookSignature.Secret(secret, names["secret"]), $"Signing with the secret given by {names["secret"]}.");
        if (webhookId is not null)
        {
            var id = CommandArgs.RequireId(null, webhookId, names["webhookId"]);
            var url = context.BaseUrl;
            var saved = WebhookSecretStore.For(context).Read(url, id)
                ?? throw new CliException($"no signing secret is saved for webhook {id} at {url.Text}: the API returns it only once, so save it at creation " +
                    $"('opentrain webhooks create … --save-secret'), or give {names["secret"]} whsec_… (the one that create printed)");
            return new(saved, $"Signing with the secret saved for webhook {id}.");
        }
        if (!session)
            throw new UsageException($"give {names["secret"]} whsec_… (the secret your receiver verifies with) or {names["webhookId"]} <id> (a secret saved by 'opentrain webhooks create --save-secret')");
        var generated = WebhookSignature.SecretPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return new(generated, $"{SessionSecretLine}{generated} (configure your receiver with it; it is shown only now)");
    }
}
