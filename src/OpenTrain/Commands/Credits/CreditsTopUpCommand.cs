using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Credits;

internal static class CreditsTopUpCommand
{
    public const decimal MinimumUsd = 10;
    public const decimal MaximumUsd = 10_000;


    /// <summary>A top-up's amount: required, <see cref="MinimumUsd"/> to <see cref="MaximumUsd"/>.</summary>
    internal static decimal AmountUsd(decimal? amountUsd, ArgumentNames names) =>
        NumberArgument.InRange(amountUsd ?? throw new UsageException($"{names["amountUsd"]} is required"), MinimumUsd, MaximumUsd, names["amountUsd"]);

    internal static ApiOperation<TopUpCreated> Operation(decimal amountUsd) => new(CreditsRequests.CreateTopUp(amountUsd), Write);

    private static void Write(TopUpCreated created, TextWriter output)
    {
        var topUp = created.TopUp;
        var id = created.TopUpId ?? topUp?.Id;
        var amount = topUp?.AmountCents is { } cents ? Money.FromCents(cents) : null;
        HandOffOutput.Write(output,
            $"Top-up {id} created{(amount is null ? "" : $" for {amount}")}: nothing is charged until a human pays.",
            "A signed-in human must open this checkout link and pay:",
            created.CheckoutUrl,
            new KeyValueBlock()
                .Add("Top-up", id)
                .Add("Amount", amount)
                .Add("Status", topUp?.Status)
                .Add("Expires", created.ExpiresAt ?? topUp?.ExpiresAt),
            created.Message,
            id is null ? null : CreditsTopUpStatusCommand.Check(id));
    }
}
