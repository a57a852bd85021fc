namespace OpenTrain.Tests.Support;

/// <summary>Response bodies shaped like the API reference examples.</summary>
internal static partial class Fixtures
{
    public const string PreClaimToken = "ot_pat_pre1abcd_secretPRE0123456789";
    public const string PostClaimToken = "ot_pat_post9xyz_secretPOST987654321";
    public const string ClaimToken = "ot_clm_claimsecret0123456789";

    public const string Me = """
        {"actor":{"userId":"usr_1","email":"owner@example.com","firstName":"Mira","lastName":"Chen","fullName":"Mira Chen","userType":"EMPLOYER"},"token":{"id":"tok_1","label":"ci-runner","scopes":["jobs:read","jobs:write"],"ownerOrganizationId":null},"account":{"kind":"employer_organization","organizationId":"org_1","ownerUserId":"usr_1","memberRole":"OWNER"}}
        """;

    public const string Registered = $$"""
        {"identity_type":"anonymous","registration_id":"reg_1","access_token":"{{PreClaimToken}}","token_type":"bearer","scopes":["jobs:read","jobs:write","proposals:read","messages:read","payments:read","team:read"],"claim_token":"{{ClaimToken}}","claim_token_expires_at":"2026-06-13T09:00:00.000Z","claim_endpoint":"https://app.opentrain.ai/api/agent/identity/claim","token_endpoint":"https://app.opentrain.ai/api/agent/oauth/token","grant_type":"urn:opentrain:agent-auth:grant-type:claim"}
        """;

    public const string ClaimStarted = """
        {"user_code":"439218","verification_uri":"https://app.opentrain.ai/claim?token=ot_cat_attempt123","expires_in":1800,"interval":5,"email_sent":true}
        """;

    public const string Claimed = $$"""
        {"access_token":"{{PostClaimToken}}","token_type":"bearer","scopes":["jobs:read","jobs:write","proposals:read","proposals:write","messages:read","messages:write","payments:read","team:read","team:write"]}
        """;

    public static string OAuthError(string error, string? description = null) =>
        description is null ? $$"""{"error":"{{error}}"}""" : $$"""{"error":"{{error}}","error_description":"{{description}}"}""";

    public static string Envelope(string error, string code, string? detailsJson = null) =>
        detailsJson is null
            ? $$"""{"error":"{{error}}","code":"{{code}}","requestId":"req_1"}"""
            : $$"""{"error":"{{error}}","code":"{{code}}","requestId":"req_1","details":{{detailsJson}}}""";

    /// <summary>Asserts that no secret token appears in anything the user saw.</summary>
    public static async Task AssertNoSecrets(CliResult result)
    {
        foreach (var secret in new[] { PreClaimToken, PostClaimToken, ClaimToken, "secretPRE", "secretPOST", "ot_clm_" })
            await Assert.That(result.AllOutput).DoesNotContain(secret);
    }
}
