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

/// <summary>
/// The <c>--json</c> failure document for a failure of the CLI's own (usage, config, network…):
/// the API envelope's shape, with our code and, where useful, details and a next step.
/// </summary>
public sealed record CliFailure(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("details")] System.Text.Json.Nodes.JsonObject? Details = null,
    [property: JsonPropertyName("hint")] string? Hint = null);
