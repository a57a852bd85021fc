using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenTrain.Http;

/// <summary>
/// A successful response: the typed value (parsed on first use) plus the exact body bytes, which
/// is what <c>--json</c> prints.
/// </summary>
internal sealed class ApiResponse<T>(HttpStatusCode status, byte[] body, JsonTypeInfo<T> type, string host)
{
    private T? value;
    private bool parsed;

    public HttpStatusCode Status { get; } = status;

    public byte[] RawBody { get; } = body;

    public T Value
    {
        get
        {
            if (parsed) return value!;
            try
            {
                value = JsonSerializer.Deserialize(RawBody, type)
                    ?? throw new OpenTrainApiException((int)Status, "INVALID_RESPONSE", $"{host} returned an empty JSON body", null, null);
            }
            catch (JsonException ex)
            {
                throw new OpenTrainApiException((int)Status, "INVALID_RESPONSE", $"{host} returned a response that is not the expected JSON ({ex.Message})", null, null);
            }
            parsed = true;
            return value;
        }
    }
}
