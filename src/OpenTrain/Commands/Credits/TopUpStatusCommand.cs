using OpenTrain.Cli;

namespace OpenTrain.Commands.Credits;

[RegisterCommands("credits")]
internal sealed class TopUpStatusCommand(CommandContext context)
{
    /// <summary>Show the status of a credit top-up.</summary>
    /// <param name="id">The top-up id, positionally (same as --top-up-id).</param>
    /// <param name="topUpId">The top-up id.</param>
    public Task TopUpStatus([Argument] string? id = null, string? topUpId = null, CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(CommandArgs.RequireId(id, topUpId, "--top-up-id")), cancellationToken);

    internal static ApiOperation<TopUpResponse> Operation(string topUpId) => new(CreditsApi.GetTopUp(topUpId), Write);

    private static void Write(TopUpResponse response, TextWriter output)
    {
        var topUp = response.TopUp ?? throw CliException.InvalidResponse("the response has no top-up");
        new KeyValueBlock()
            .Add("Top-up", topUp.Id)
            .Add("Status", topUp.Status)
            .Add("Amount", topUp.AmountCents is { } cents ? Money.FromCents(cents) : null)
            .Add("Created", topUp.CreatedAt)
            .Add("Completed", topUp.CompletedAt)
            .Add("Expires", topUp.Status == "PENDING" ? topUp.ExpiresAt : null)
            .WriteTo(output);
        output.WriteLine();
        output.WriteLine(topUp.Status switch
        {
            "COMPLETED" => "Paid: the credits are available. See the balance: opentrain credits show",
            "PENDING" => $"Waiting for a human to pay the checkout link. Check again: opentrain credits top-up-status {topUp.Id}",
            "EXPIRED" => "The checkout link lapsed unpaid and can no longer be used. Create a new one: opentrain credits top-up --amount-usd <usd>",
            "CANCELED" => "The top-up was canceled. Create a new one: opentrain credits top-up --amount-usd <usd>",
            _ => $"Status '{topUp.Status}'.",
        });
    }
}
