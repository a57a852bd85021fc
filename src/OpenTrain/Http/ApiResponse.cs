using System.Text.Json;

namespace OpenTrain.Http;

/// <summary>
/// A successful response: the status, the exact body bytes (what <c>--json</c> and MCP's
/// <c>structuredContent</c> carry) and the typed value, parsed on first use (its JSON metadata is built then,
/// not before). No I/O happens here.
/// </summary>
internal sealed class ApiResponse<T>(int status, byte[] body, ApiCall<T> call, string host)
{
    private T? value;
    private bool parsed;

    public int Status { get; } = status;

    public byte[] Body { get; } = body;

    /// <summary>The body as <typeparamref name="T"/>; a body that is not that JSON is an <c>INVALID_RESPONSE</c> error.</summary>
    public T Value
    {
        get
        {
            if (parsed) return value!;
            try
            {
                value = JsonSerializer.Deserialize(Body, call.ResponseType) ?? throw OpenTrainApiException.InvalidResponse(Status, $"{host} returned an empty JSON body");
            }
            catch (JsonException ex)
            {
                throw OpenTrainApiException.InvalidResponse(Status, $"{host} returned a response that is not the expected JSON ({ex.Message})");
            }
            parsed = true;
            return value;
        }
    }
}
