using OpenTrain.Json;
using System.Text.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Approvals;

/// <summary>
/// How every co-signed request is shown: money never moves from the CLI, so the approval URL is
/// printed on its own line for a human to open, with the id, expiry and the command to check it.
/// </summary>
internal static class ApprovalOutput
{
    public static void WritePending(TextWriter output, ApprovalEnvelope envelope, string headline)
    {
        var approval = envelope.Approval;
        HandOffOutput.Write(output, headline, "A signed-in human must open and confirm:", approval?.ApprovalUrl,
            Fields(approval), envelope.Message, string.IsNullOrEmpty(approval?.Id) ? null : CheckCommand(approval.Id));
    }

    /// <summary>
    /// The state of an approval as <c>approvals get</c> shows it: the URL while a human can still act,
    /// and what happened once it left <c>pending</c>.
    /// </summary>
    public static void WriteStatus(TextWriter output, Approval approval)
    {
        output.WriteLine($"Approval {approval.Id}: {approval.Status}");
        output.WriteLine();
        var pending = approval.Status == "pending";
        var block = Fields(approval).Add("Created", approval.CreatedAt);
        if (pending) block.Add("URL", approval.ApprovalUrl);
        block.WriteTo(output);
        output.WriteLine();
        output.WriteLine(approval.Status switch
        {
            "pending" => $"Waiting for a signed-in human to open the URL and confirm. Check again with: {CheckCommand(approval.Id!)}{HandOffOutput.WaitNote(CheckCommand(approval.Id!))}",
            "confirmed" => "Confirmed: the action was carried out." + (NextAfterConfirmed(approval) is { } next ? $"\nNext: {next}" : ""),
            "declined" => "Declined by a human: nothing was executed.",
            "expired" => "Expired before anyone acted: nothing was executed. Send the request again to get a new approval.",
            _ => $"Status '{approval.Status}'.",
        });
    }

    public static ShellCommand CheckCommand(string approvalId) => new ShellCommand("opentrain approvals get").Arg(approvalId);

    /// <summary>What to do once a hire or a funding is confirmed (issue #25): see the contract; release the funded work.</summary>
    private static string? NextAfterConfirmed(Approval approval) => approval.Type switch
    {
        "proposal_hire" when (approval.ContractId ?? ResultString(approval.Result, "contractId")) is { Length: > 0 } contract =>
            $"see the contract and its funded first milestone: {new ShellCommand("opentrain contracts get").Arg(contract)}",
        "milestone_fund" when approval.MilestoneId is { Length: > 0 } milestone =>
            $"once the work is delivered, request its release: {new ShellCommand("opentrain milestones approve").Arg(milestone)}",
        _ => null,
    };

    private static string? ResultString(JsonElement? result, string name) =>
        result is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static KeyValueBlock Fields(Approval? approval) =>
        approval is null
            ? new KeyValueBlock()
            : new KeyValueBlock()
                .Add("Approval", approval.Id)
                .Add("Type", approval.Type)
                .Add("Status", approval.Status)
                .Add("Job", approval.JobId)
                .Add("Proposal", approval.ProposalId)
                .Add("Contract", approval.ContractId)
                .Add("Milestone", approval.MilestoneId)
                .Add("Expires", approval.Status == "pending" ? approval.ExpiresAt : null)
                .Add("Resolved", approval.ResolvedAt)
                .Add("Result", Describe(approval.Result));

    /// <summary>The result object as <c>key: value</c> pairs, e.g. <c>hired: true, contractId: c_1</c>.</summary>
    private static string? Describe(JsonElement? result)
    {
        if (result is not { ValueKind: JsonValueKind.Object } value) return null;
        var parts = JsonItems.Map(value, p => $"{p.Name}: {(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())}");
        return string.Join(", ", parts);
    }
}
