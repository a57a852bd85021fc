using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Webhooks;

/// <summary><c>webhooks listen</c> and <c>trigger</c>: every argument mistake is a usage error before any request or delivery.</summary>
public class UsageErrorTests
{
    /// <summary>Pairs of lines: the arguments after <c>webhooks</c> (split on spaces), then the message after <c>Usage error: </c>.</summary>
    private const string Cases = """
        listen --forward-to ftp://localhost/hook
            --forward-to must be an absolute http:// or https:// URL, got 'ftp://localhost/hook'
        listen --forward-to /relative
            --forward-to must be an absolute http:// or https:// URL, got '/relative'
        listen --forward-to http://example.com/hook
            --forward-to uses plain http:// to example.com, which is not a loopback address: use https://, or add --insecure-forward to send the deliveries and their signatures unencrypted
        listen --forward-to http://localhost/h --events proposal.recieved
            unknown event type 'proposal.recieved'; valid types: proposal.received, proposal.status_changed, message.received, contract.created, milestone.status_changed, payment.pending, approval.confirmed, contract.budget_state_changed. Did you mean 'proposal.received'?
        listen --forward-to http://localhost/h --events Approval.Confirmed
            unknown event type 'Approval.Confirmed'; valid types: proposal.received, proposal.status_changed, message.received, contract.created, milestone.status_changed, payment.pending, approval.confirmed, contract.budget_state_changed. Did you mean 'approval.confirmed'?
        listen --forward-to http://localhost/h --events nonsense
            unknown event type 'nonsense'; valid types: proposal.received, proposal.status_changed, message.received, contract.created, milestone.status_changed, payment.pending, approval.confirmed, contract.budget_state_changed
        listen --forward-to http://localhost/h --secret ot_pat_notawebhooksecret123
            --secret must be a webhook signing secret (whsec_…, as 'opentrain webhooks create' or 'webhooks listen' printed it)
        listen --forward-to http://localhost/h --secret whsec_abcdefgh --webhook-id wh_1
            give --secret or --webhook-id, not both
        listen --forward-to http://localhost/h --retry-scale 2
            --retry-scale must be between 0 and 1, got 2
        listen --forward-to http://localhost/h --cursor-file -
            --cursor-file needs a file path ('-' is not standard input here: the cursor is saved back to the file)
        listen
            --forward-to is required
        trigger
            give an event type (one of: proposal.received, proposal.status_changed, message.received, contract.created, milestone.status_changed, payment.pending, approval.confirmed, contract.budget_state_changed), or --list to see a sample of each
        trigger mesage.received --forward-to http://localhost/h --secret whsec_abcdefgh
            unknown event type 'mesage.received'; valid types: proposal.received, proposal.status_changed, message.received, contract.created, milestone.status_changed, payment.pending, approval.confirmed, contract.budget_state_changed. Did you mean 'message.received'?
        trigger payment.pending
            --forward-to is required
        trigger payment.pending --forward-to http://localhost/h
            give --secret whsec_… (the secret your receiver verifies with) or --webhook-id <id> (a secret saved by 'opentrain webhooks create --save-secret')
        trigger --list payment.pending
            --list sends nothing: give it alone
        """;

    public static IEnumerable<(string Args, string Message)> Mistakes()
    {
        var lines = Cases.Split('\n');
        for (var i = 0; i + 1 < lines.Length; i += 2) yield return (lines[i].Trim(), lines[i + 1].Trim());
    }

    [Test]
    [MethodDataSource(nameof(Mistakes))]
    public async Task Mistakes_are_usage_errors_before_any_request(string args, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageError(await api.RunAsync(["webhooks", .. args.Split(' ', StringSplitOptions.RemoveEmptyEntries)]), message);
    }
}
