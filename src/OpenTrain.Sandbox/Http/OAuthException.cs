using System.Text.Json.Nodes;

namespace OpenTrain.Sandbox.Http;

/// <summary>An agent-auth failure, rendered in the OAuth shape <c>{error, error_description?}</c>.</summary>
public sealed class OAuthException(int status, string error, string? description = null) : Exception(description ?? error)
{
    public int Status { get; } = status;
    public string Error { get; } = error;
    public string? Description { get; } = description;

    public JsonObject ToJson()
    {
        var body = new JsonObject { ["error"] = Error };
        if (Description is not null) body["error_description"] = Description;
        return body;
    }

    public static OAuthException InvalidRequest(string description) => new(400, "invalid_request", description);
}
