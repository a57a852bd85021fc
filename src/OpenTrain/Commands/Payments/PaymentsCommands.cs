using System.Globalization;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Payments;

/// <summary>The <c>opentrain payments</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("payments"), Group(CommandGroup.Money)]
internal sealed class PaymentsCommands(CommandContext context)
{
    /// <summary>List pending payments.</summary>
    [Listed("opentrain payments pending --json"), Endpoint("GET", "/payments/pending", "payments:read", "payments/pending")]
    public Task Pending(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, PaymentsPendingCommand.Operation(), cancellationToken);
}
