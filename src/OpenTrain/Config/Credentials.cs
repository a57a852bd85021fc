using System.Text.Json.Nodes;

namespace OpenTrain.Config;

/// <summary>The keys opentrain reads from the credentials file (other tools' keys are kept but ignored).</summary>
internal sealed record Credentials(string? ApiToken, string? BaseUrl, string? ClaimToken)
{
    public const string ApiTokenKey = "apiToken";
    public const string BaseUrlKey = "baseUrl";
    public const string ClaimTokenKey = "claimToken";

    public static readonly Credentials Empty = new(null, null, null);

    public static Credentials From(JsonObject file) =>
        new(Text(file, ApiTokenKey), Text(file, BaseUrlKey), Text(file, ClaimTokenKey));

    private static string? Text(JsonObject file, string key) =>
        file[key] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
