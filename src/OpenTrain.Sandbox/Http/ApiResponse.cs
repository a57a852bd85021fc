using System.Text.Json.Nodes;

namespace OpenTrain.Sandbox.Http;

/// <summary>What a handler returns: status and JSON body (null = no body).</summary>
public readonly record struct ApiResponse(int Status, JsonNode? Body)
{
    public static ApiResponse Ok(JsonNode body) => new(200, body);
    public static ApiResponse Created(JsonNode body) => new(201, body);
    public static ApiResponse Accepted(JsonNode body) => new(202, body);
}
