using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Proposals;

/// <summary>Proposal values as people read them.</summary>
internal static class ProposalText
{
    /// <summary><c>$0.06/label</c>, plus the hourly equivalent when the API gives one.</summary>
    public static string? Bid(ProposalBid? bid)
    {
        var amount = AmountText.Rate(bid?.AmountUsd, bid?.Unit);
        return bid?.LabelerHourlyRateUsd is { } hourly ? $"{amount} (≈{AmountText.Rate(hourly, "per_hour")})" : amount;
    }
}
