using System.Text.Json.Serialization.Metadata;

namespace OpenTrain.Http;

/// <summary>
/// One endpoint call as an area's API class describes it: the request and the type its success body
/// parses into. The connection sends it (buffered) or streams its body; nothing is sent on creation.
/// </summary>
internal sealed record ApiCall<T>(ApiRequest Request, JsonTypeInfo<T> ResponseType);
