namespace OpenTrain.Tests.Support;

/// <summary>Response bodies shaped like the API reference examples for the money, events and admin endpoints.</summary>
internal static partial class Fixtures
{
    public static string Approval(string type, string status = "pending", string? contractId = "ct_1", string? milestoneId = "ms_1",
        string? resolvedAt = null, string result = "null") => $$"""
        {"id":"ap_1","type":"{{type}}","status":"{{status}}","contractId":{{Quote(contractId)}},"milestoneId":{{Quote(milestoneId)}},"jobId":"job_1","proposalId":null,"approvalUrl":"https://app.opentrain.ai/approvals/ap_1","expiresAt":"2026-06-15T10:00:00.000Z","resolvedAt":{{Quote(resolvedAt)}},"result":{{result}},"createdAt":"2026-06-12T10:00:00.000Z"}
        """;

    public static string Pending(string type, string message, string? milestoneId = "ms_1") =>
        $$"""{"approval":{{Approval(type, milestoneId: milestoneId)}},"message":"{{message}}"}""";

    public const string Milestone = """
        {"id":"ms_1","name":"First labeling batch","description":"Label the first 5,000 posts per the guidelines","status":"ACTIVE_FUNDED","amountUsd":300,"volume":null,"milestoneNumber":1,"dueDate":"2026-07-01T00:00:00.000Z","pendingApproval":true,"needsReview":false,"invoiceId":"inv_1","createdAt":"2026-06-12T09:30:00.000Z"}
        """;

    public const string ContractFields = """
        "id":"ct_1","status":"active","title":"Spanish Sentiment Labeling Contract","jobId":"job_1","proposalId":"prop_1","paymentType":"FIXED_PRICE","rateUsd":300,"estimatedTotalUsd":300,"estimatedVolume":null,"hasActiveMilestone":true,"startDate":"2026-06-12T09:30:00.000Z","endDate":null,"createdAt":"2026-06-12T09:30:00.000Z","updatedAt":"2026-06-12T09:30:00.000Z","freelancer":{"userId":"fr_1","displayName":"María G.","country":"Spain","profilePath":"/profile/maria-g"}
        """;

    public static readonly string ContractList = $$"""{"contracts":[{{{ContractFields}},"milestones":[{{Milestone}}]}]}""";

    public static readonly string Contract = "{\"contract\":{" + ContractFields + ",\"milestones\":[" + Milestone + "]," + """
        "jobDmConversationId":"conv_1","budget":{"contractId":"ct_1","paymentType":"FIXED_PRICE","state":"LOW","fundedVolume":40,"fundedAmountUsd":300,"consumed":{"seconds":120000,"hours":33.3,"labels":0,"tasks":0},"consumedVolume":33.3,"remainingVolume":6.7,"consumedFraction":0.8325,"activeMilestone":{"id":"ms_1","name":"First labeling batch","amountUsd":300,"volume":null,"status":"ACTIVE_FUNDED"},"lastUsageAt":"2026-06-12T12:00:00.000Z"}}}
        """;

    public const string LedgerEntries = """
        [{"id":"le_1","type":"TOP_UP","amountCents":10000,"createdAt":"2026-06-12T10:00:00.000Z","holdEntryId":null,"jobofferId":null,"contractId":null,"milestoneId":null,"topUpId":"tu_1","note":null},{"id":"le_2","type":"HOLD","amountCents":-2500,"createdAt":"2026-06-11T15:30:00.000Z","holdEntryId":null,"jobofferId":"prop_1","contractId":"ct_1","milestoneId":"ms_1","topUpId":null,"note":"Escrow — first batch"}]
        """;

    public const string TopUp = """
        {"id":"tu_1","status":"PENDING","amountCents":10000,"createdAt":"2026-06-12T10:00:00.000Z","completedAt":null,"expiresAt":"2026-06-13T10:00:00.000Z"}
        """;

    public const string Webhook = """
        {"id":"wh_1","url":"https://example.com/hooks/opentrain","eventTypes":["proposal.received","message.received","approval.confirmed"],"status":"ACTIVE","createdAt":"2026-06-12T10:00:00.000Z","disabledAt":null,"disabledReason":null}
        """;

    public const string DisabledWebhook = """
        {"id":"wh_2","url":"https://example.com/hooks/old-endpoint","eventTypes":["payment.pending"],"status":"DISABLED","createdAt":"2026-05-30T08:00:00.000Z","disabledAt":"2026-06-10T14:20:00.000Z","disabledReason":"Disabled after repeated delivery failures"}
        """;

    public const string Team = """
        {"organization":{"id":"org_1","name":"Acme Research","ownerUserId":"usr_1","ownerName":"Dana Owner"},"members":[{"userId":"usr_1","role":"OWNER","name":"Dana Owner","email":"dana@example.com","joinedAt":"2026-05-01T09:00:00.000Z"},{"userId":"usr_2","role":"MEMBER","name":"Sam Teammate","email":"sam@example.com","joinedAt":"2026-06-02T14:30:00.000Z"}],"invites":[{"id":"inv_1","email":"newhire@example.com","createdAt":"2026-06-12T10:00:00.000Z","expiresAt":"2026-06-19T10:00:00.000Z"}]}
        """;

    public const string ClaimRequiredDetails = """{"reason":"account_claim_required","action":"create credit top-ups","claimUrl":"https://app.opentrain.ai/claim"}""";

    private static string Quote(string? value) => value is null ? "null" : $"\"{value}\"";
}
