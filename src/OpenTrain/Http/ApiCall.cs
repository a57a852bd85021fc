using System.Text.Json.Serialization.Metadata;
using OpenTrain.Generated;

namespace OpenTrain.Http;

/// <summary>
/// One endpoint call as an area's API class describes it: the request and the type its success body
/// parses into. The connection sends it (buffered) or streams its body; nothing is sent on creation.
/// </summary>
internal sealed record ApiCall<T>(ApiRequest Request)
{
    /// <summary>
    /// The success body's JSON metadata, looked up in <see cref="OpenTrainJson.Context"/> only when a body is parsed:
    /// <c>--json</c> streams the bytes and never builds it (building it configures the type's converters on every
    /// call, docs/performance.md). <typeparamref name="T"/> must be one of the context's <c>[JsonSerializable]</c> roots.
    /// </summary>
    public JsonTypeInfo<T> ResponseType => (JsonTypeInfo<T>)OpenTrainJson.Context.Options.GetTypeInfo(typeof(T));
}
