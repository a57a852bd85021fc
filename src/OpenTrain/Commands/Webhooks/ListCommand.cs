using ConsoleAppFramework;
using OpenTrain.Cli;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Commands.Webhooks;

[RegisterCommands("webhooks")]
internal sealed class ListCommand(CommandContext context)
{
    /// <summary>List webhook subscriptions.</summary>
    public Task List(ConsoleAppContext app, CancellationToken cancellationToken = default)
    {
        CommandArgs.RejectExtra(app);
        return RunAsync(cancellationToken);
    }

    internal Task RunAsync(CancellationToken cancellationToken) =>
        context.SendAndPrintAsync(connection => new WebhooksClient(connection).ListAsync(cancellationToken), Write);

    private static void Write(WebhookListResponse response, TextWriter output)
    {
        var webhooks = response.Webhooks;
        var any = TableOutput.WriteRows(output, webhooks, "No webhooks. Create one: opentrain webhooks create --url <https-url> --event <type>",
            ["ID", "STATUS", "URL", "EVENTS", "NOTE"],
            w => [w.Id, w.Status, w.Url, WebhookOutput.Events(w), w.DisabledReason]);
        if (any && webhooks!.Any(w => w.Status == "DISABLED"))
        {
            output.WriteLine();
            output.WriteLine(WebhookOutput.ReplaceDisabledHint);
        }
    }
}
