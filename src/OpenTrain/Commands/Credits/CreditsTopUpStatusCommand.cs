using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Credits;

internal static class CreditsTopUpStatusCommand
{
    internal static ApiOperation<TopUpResponse> Operation(string topUpId) => new(CreditsRequests.GetTopUp(topUpId), Write);

    internal static async Task WaitAsync(CommandContext context, string topUpId, WaitOptions options, CancellationToken cancellationToken)
    {
        using var connection = context.Connect();
        await StatusWait.RunAsync(context, connection, Target(topUpId), options, announce: null, cancellationToken);
    }

    internal static WaitTarget<TopUpResponse> Target(string topUpId) => new(
        CreditsRequests.GetTopUp(topUpId),
        response => response.TopUp?.Status,
        "PENDING",
        "COMPLETED",
        "Waiting for a human to pay the checkout link",
        Write,
        status => status switch
        {
            "EXPIRED" => $"top-up {topUpId} expired unpaid: no credits were added. Create a new one: {NewTopUp}",
            "CANCELED" => $"top-up {topUpId} was canceled: no credits were added. Create a new one: {NewTopUp}",
            _ => $"top-up {topUpId} ended with status '{status}': no credits were added.",
        },
        timeout => $"top-up {topUpId} was still unpaid after {StatusWait.Seconds(timeout)} s. Keep waiting: {HandOffOutput.Waiting(Check(topUpId))}")
    {
        Resume = ($"top-up {topUpId}", HandOffOutput.Waiting(Check(topUpId))),
    };

    /// <summary>Checking a top-up once (<c>credits top-up-status &lt;id&gt;</c>).</summary>
    internal static ShellCommand Check(string topUpId) => new ShellCommand("opentrain credits top-up-status").Arg(topUpId);

    /// <summary>Starting over with a new checkout link.</summary>
    internal static ShellCommand NewTopUp => new ShellCommand("opentrain credits top-up").Placeholder("--amount-usd", "usd");

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
            "COMPLETED" => $"Paid: the credits are available. See the balance: {new ShellCommand("opentrain credits show")}",
            "PENDING" => $"Waiting for a human to pay the checkout link. Check again: {Check(topUp.Id!)}{HandOffOutput.WaitNote(Check(topUp.Id!))}",
            "EXPIRED" => $"The checkout link lapsed unpaid and can no longer be used. Create a new one: {NewTopUp}",
            "CANCELED" => $"The top-up was canceled. Create a new one: {NewTopUp}",
            _ => $"Status '{topUp.Status}'.",
        });
    }
}
