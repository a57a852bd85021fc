using OpenTrain.Config;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

/// <summary><c>--save-secret</c>: where the new webhook's secret is kept, for the API origin it was created on.</summary>
internal sealed record SecretSaving(WebhookSecretStore Store, BaseUrl Url)
{
    /// <summary>Where it went (null: not yet), or why it could not be saved.</summary>
    public string? SavedTo { get; set; }

    public string? Failure { get; set; }
}

internal static class WebhooksCreateCommand
{
    /// <summary>At least one event type, each one of <see cref="WebhookEvents.All"/>; repeats dropped.</summary>
    internal static List<string> EventTypes(IEnumerable<string> given, ArgumentNames names) =>
        AllowedValues.AtLeastOne(given, names["event"], "event type", WebhookEvents.All);

    internal static ApiOperation<WebhookCreated> Operation(CreateWebhookRequest request, SecretSaving? saving = null) =>
        new(WebhooksRequests.Create(request), (created, output) => Write(created, saving, output))
        {
            After = saving is null ? null : (_, created, _) => Save(created, saving),
            Warning = () => saving?.Failure,
        };

    // A secret that cannot be saved is still printed below, once: a warning, not a failure (the webhook exists).
    private static Task Save(WebhookCreated created, SecretSaving saving)
    {
        if (created.Webhook?.Id is not { } id || created.Secret is not { Length: > 0 } secret) throw CliException.InvalidResponse("the response has no webhook id or secret");
        try
        {
            saving.Store.Save(saving.Url, id, secret);
            saving.SavedTo = saving.Store.PathFor(saving.Url, id);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CliException)
        {
            saving.Failure = $"Warning: the secret of webhook {id} was not saved ({ExceptionText.Describe(ex)}): give it to 'webhooks listen' and 'trigger' with --secret.";
        }
        return Task.CompletedTask;
    }

    // The one output that ever carries a secret: the API returns it here and never again.
    private static void Write(WebhookCreated created, SecretSaving? saving, TextWriter output)
    {
        var webhook = created.Webhook ?? throw CliException.InvalidResponse("the response has no webhook");
        output.WriteLine($"Created webhook {webhook.Id}.");
        output.WriteLine();
        WebhookOutput.Fields(webhook).WriteTo(output);
        if (!string.IsNullOrEmpty(created.Secret))
        {
            output.WriteLine();
            output.WriteLine("Signing secret: STORE IT NOW. It is shown only this once and can never be retrieved again:");
            output.WriteLine(created.Secret);
            output.WriteLine();
            output.WriteLine("Use it to verify the X-OpenTrain-Signature header of each delivery. Lost it? Delete the webhook and create a new one.");
            if (saving?.SavedTo is { } path)
                output.WriteLine($"Saved in {path} (mode 0600) for 'opentrain webhooks listen --webhook-id {webhook.Id}' and 'webhooks trigger'; it is never printed again.");
        }
    }
}
