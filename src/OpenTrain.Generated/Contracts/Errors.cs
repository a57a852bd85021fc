using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenTrain.Generated.Contracts;

/// <summary>The Public API error envelope (every non-2xx under /api/public/v1).</summary>
public sealed record ApiErrorEnvelope(
    [property: JsonPropertyName("error")] JsonElement? Error,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("requestId")] string? RequestId,
    [property: JsonPropertyName("details")] JsonElement? Details,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);
