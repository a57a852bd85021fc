using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

/// <summary>How a subscription reads in human output (shared by create, get, delete and list).</summary>
internal static class WebhookOutput
{
    public static KeyValueBlock Fields(Webhook webhook) => new KeyValueBlock()
        .Add("Webhook", webhook.Id)
        .Add("Status", webhook.Status)
        .Add("URL", webhook.Url)
        .Add("Events", Events(webhook))
        .Add("Created", webhook.CreatedAt)
        .Add("Disabled", webhook.DisabledAt)
        .Add("Reason", webhook.DisabledReason);

    public static string Events(Webhook webhook) => string.Join(", ", webhook.EventTypes ?? []);

    public static string ReplaceDisabledHint =>
        $"A disabled webhook never delivers again and cannot be re-enabled: delete it, fix the endpoint, create a new one, then catch up with '{new ShellCommand("opentrain updates poll").Placeholder("--cursor", "last-seen")}'.";
}
