using System.Text.Json;
using OpenTrain.Cli;
using OpenTrain.Generated.Contracts;

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
        output.WriteLine(headline);
        if (!string.IsNullOrEmpty(approval?.ApprovalUrl))
        {
            output.WriteLine();
            output.WriteLine("A signed-in human must open and confirm:");
            output.WriteLine(approval.ApprovalUrl);
            output.WriteLine();
        }
        WriteFields(output, approval);
        if (!string.IsNullOrEmpty(envelope.Message))
        {
            output.WriteLine();
            output.WriteLine(envelope.Message);
        }
        if (!string.IsNullOrEmpty(approval?.Id))
        {
            output.WriteLine();
            output.WriteLine("Check it with:");
            output.WriteLine($"  opentrain approvals get {approval.Id}");
        }
    }

    public static void WriteFields(TextWriter output, Approval? approval, string indent = "")
    {
        if (approval is null) return;
        new KeyValueBlock()
            .Add("Approval", approval.Id)
            .Add("Type", approval.Type)
            .Add("Status", approval.Status)
            .Add("Job", approval.JobId)
            .Add("Proposal", approval.ProposalId)
            .Add("Contract", approval.ContractId)
            .Add("Milestone", approval.MilestoneId)
            .Add("Expires", approval.Status == "pending" ? approval.ExpiresAt : null)
            .Add("Resolved", approval.ResolvedAt)
            .Add("Result", Describe(approval.Result))
            .WriteTo(output, indent);
    }

    /// <summary>The result object as <c>key: value</c> pairs, e.g. <c>hired: true, contractId: c_1</c>.</summary>
    private static string? Describe(JsonElement? result)
    {
        if (result is not { ValueKind: JsonValueKind.Object } value) return null;
        var parts = value.EnumerateObject().Select(p => $"{p.Name}: {(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())}");
        return string.Join(", ", parts);
    }
}
