using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Credits;

[RegisterCommands("credits")]
internal sealed class CreditsTopUpCommand(CommandContext context)
{
    public const decimal MinimumUsd = 10;
    public const decimal MaximumUsd = 10_000;

    /// <summary>Create a credit top-up checkout link for a human to pay.</summary>
    /// <param name="amountUsd">--amount, Amount in USD: 10–10,000.</param>
    [Listed(CommandGroup.Money, "opentrain credits top-up --amount-usd 100")]
    [Endpoint("POST", "/credits/top-ups", "payments:write", "credits/create-top-up", Claim = true, FeatureFlag = FeatureFlags.Credits)]
    public Task TopUp([RequiredFlag] string? amountUsd = null, CancellationToken cancellationToken = default)
    {
        return context.RunAsync(Operation(AmountUsd(NumberArgument.Parse(amountUsd, "--amount-usd"), ArgumentNames.Flags)), cancellationToken);
    }

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
            id is null ? null : $"opentrain credits top-up-status {id}");
    }
}
