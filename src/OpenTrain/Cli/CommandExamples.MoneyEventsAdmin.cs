namespace OpenTrain.Cli;

internal static partial class CommandExamples
{
    static partial void AddMoneyEventsAdmin(Dictionary<string, string> examples)
    {
        examples["contracts list"] = "opentrain contracts list --status active";
        examples["contracts get"] = "opentrain contracts get ct_123";
        examples["contracts end"] = "opentrain contracts end ct_123";
        examples["milestones create"] = "opentrain milestones create --contract-id ct_123 --description \"Label the next 5,000 posts\" --amount 300 --due-date 2026-07-15";
        examples["milestones fund"] = "opentrain milestones fund ms_456";
        examples["milestones approve"] = "opentrain milestones approve ms_456";
        examples["approvals get"] = "opentrain approvals get ap_789";
        examples["credits show"] = "opentrain credits show";
        examples["credits ledger"] = "opentrain credits ledger --limit 20";
        examples["credits top-up"] = "opentrain credits top-up --amount-usd 100";
        examples["credits top-up-status"] = "opentrain credits top-up-status tu_123";
        examples["updates poll"] = "opentrain updates poll --cursor 1043 --limit 50";
        examples["webhooks create"] = "opentrain webhooks create --url https://example.com/hooks/opentrain --event proposal.received --event message.received,approval.confirmed";
        examples["webhooks list"] = "opentrain webhooks list";
        examples["webhooks get"] = "opentrain webhooks get wh_123";
        examples["webhooks delete"] = "opentrain webhooks delete wh_123";
        examples["tokens list"] = "opentrain tokens list";
        examples["tokens revoke"] = "opentrain tokens revoke tok_123";
        examples["team show"] = "opentrain team show";
        examples["team invite"] = "opentrain team invite --email newhire@example.com";
        examples["payments pending"] = "opentrain payments pending --json";
    }
}
