using System.Globalization;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Payments;

[RegisterCommands("payments")]
internal sealed class PaymentsPendingCommand(CommandContext context)
{
    /// <summary>List pending payments.</summary>
    [Listed(CommandGroup.Money, "opentrain payments pending --json")]
    [Endpoint("GET", "/payments/pending", "payments:read", "payments/pending")]
    public Task Pending(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, Operation(), cancellationToken);

    internal static ApiOperation<PendingPaymentsResponse> Operation() => new(PaymentsRequests.ListPending(), Write);

    private static void Write(PendingPaymentsResponse response, TextWriter output) =>
        TableOutput.WriteRows(output, response.Payments, "No pending payments.",
            ["INVOICE", "STATUS", "AMOUNT", "JOB", "MILESTONE", "CREATED"],
            p => [p.InvoiceNumber is { } n ? "#" + n.ToString(CultureInfo.InvariantCulture) : p.Id, p.Status, Money.Usd(p.AmountUsd),
                p.Job?.Title, p.Milestone?.Name, p.CreatedAt]);
}
