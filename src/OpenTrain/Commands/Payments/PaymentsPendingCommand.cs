using System.Globalization;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Payments;

internal static class PaymentsPendingCommand
{
    internal static ApiOperation<PendingPaymentsResponse> Operation() => new(PaymentsRequests.ListPending(), Write);

    private static void Write(PendingPaymentsResponse response, TextWriter output) =>
        TableOutput.WriteRows(output, response.Payments, "No pending payments.",
            ["INVOICE", "STATUS", "AMOUNT", "JOB", "MILESTONE", "CREATED"],
            p => [p.InvoiceNumber is { } n ? "#" + n.ToString(CultureInfo.InvariantCulture) : p.Id, p.Status, Money.Usd(p.AmountUsd),
                p.Job?.Title, p.Milestone?.Name, p.CreatedAt]);
}
