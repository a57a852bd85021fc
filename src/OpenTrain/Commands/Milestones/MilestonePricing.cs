using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Milestones;

/// <summary>
/// A new milestone priced in its contract's units (issue #25, item 5). Fixed price: the amount, and no volume. Hourly and
/// per label: <c>amountUsd = rateUsd × volume</c> (api-money-events.md §2.1.4), so an amount alone gives the volume (whole
/// labels, hours to the hundredth), a volume alone gives the amount, and both must agree within a cent. The API is sent
/// the volume alone on those contracts: it computes the amount from its own rate and never sees a rounded one.
/// </summary>
internal static class MilestonePricing
{
    /// <summary>The body to send, and what the CLI computed (a line for the summary), if anything.</summary>
    internal sealed record Priced(CreateMilestoneRequest Body, string? Computed);

    private const decimal Cent = 0.01m;

    public static Priced Price(string contractId, Contract? contract, CreateMilestoneRequest body, ArgumentNames names)
    {
        var amountFlag = names["amount"];
        var volumeFlag = names["volume"];
        if (contract?.PaymentType == "FIXED_PRICE")
        {
            if (body.Volume is not null)
                throw new UsageException($"{volumeFlag} is for hourly and per-label contracts; contract {contractId} is fixed-price: give {amountFlag} alone");
            if (body.AmountUsd is null) throw new UsageException($"{amountFlag} is required: contract {contractId} is fixed-price");
            return new(body, null);
        }
        var unit = contract?.PaymentType switch { "PAY_PER_HOUR" => "hour", "PAY_PER_LABEL" => "label", _ => null };
        if (unit is null || contract!.RateUsd is not { } rate || rate <= 0) return new(body, null); // as given: the API decides
        var rateText = $"the contract's rate of {AmountText.Usd(rate)} per {unit}";

        if (body.Volume is { } volume)
        {
            var computed = rate * volume;
            if (body.AmountUsd is { } given && Math.Abs(given - computed) > Cent)
                throw new UsageException($"{amountFlag} {AmountText.Plain(given)} and {volumeFlag} {AmountText.Plain(volume)} disagree: " +
                    $"{Quantity.Of(volume, unit)} at {rateText} is {AmountText.Usd(computed)}; give one of them, or both agreeing within a cent");
            var said = body.AmountUsd is { } g && g == computed ? null
                : $"Amount {AmountText.Usd(computed)} computed from {volumeFlag}: {Quantity.Of(volume, unit)} at {rateText}.";
            return new(body with { AmountUsd = null }, said);
        }

        var amount = body.AmountUsd!.Value;
        var decimals = unit == "label" ? 0 : 2;
        var exact = amount / rate;
        var nearest = Math.Round(exact, decimals, MidpointRounding.AwayFromZero);
        if (nearest <= 0 || Math.Abs(rate * nearest - amount) > Cent)
        {
            var step = unit == "label" ? 1m : Cent;
            var below = Math.Round(exact - exact % step, decimals);
            string Option(decimal v) => $"{Quantity.Of(v, unit)} = {AmountText.Usd(rate * v)}";
            var options = below > 0 ? $"{Option(below)}, {Option(below + step)}" : Option(below + step);
            var whole = unit == "label" ? "a whole number of labels" : "hours to the hundredth";
            throw new UsageException($"{amountFlag} {AmountText.Plain(amount)} is not {whole} at {rateText} ({options}): give {volumeFlag}, or an amount that matches within a cent");
        }
        return new(body with { AmountUsd = null, Volume = nearest },
            $"Volume {Quantity.Of(nearest, unit)} computed from {amountFlag} {AmountText.Usd(amount)} at {rateText}.");
    }
}
