using System.Text.Json.Serialization;
using OpenTrain.Sandbox.Control;

namespace OpenTrain.Sandbox.Json;

/// <summary>Source-generated metadata for the typed control-surface payloads (everything else is JsonNode).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(RecordedRequest))]
[JsonSerializable(typeof(List<RecordedRequest>))]
[JsonSerializable(typeof(FaultSpec))]
public sealed partial class SandboxJsonContext : JsonSerializerContext;
