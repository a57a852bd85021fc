using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OpenTrain.Generated;
using OpenTrain.Json;

namespace OpenTrain.Http;

/// <summary>
/// Reads an error body in either shape: the Public API envelope <c>{error, code, requestId, details}</c>
/// or the OAuth shape <c>{error, error_description}</c> of <c>/api/agent/*</c>. Anything else
/// (an HTML proxy page, an empty body) becomes <c>HTTP_&lt;status&gt;</c> with the reason phrase.
/// </summary>
internal static class ApiErrorParser
{
    /// <summary>An error whose body was larger than the limit: the status and reason phrase, and that the body was not read.</summary>
    public static OpenTrainApiException TooLarge(HttpStatusCode status, string? reasonPhrase, HttpResponseHeaders? headers, string limit)
    {
        var code = (int)status;
        var reason = string.IsNullOrEmpty(reasonPhrase) ? status.ToString() : reasonPhrase;
        return new OpenTrainApiException(code, $"HTTP_{code}", $"{reason} (the error body is larger than the {limit} limit and was not read)", null, null, headers?.RetryAfter?.Delta);
    }

    public static OpenTrainApiException Parse(HttpStatusCode status, string? reasonPhrase, byte[] body, HttpResponseHeaders? headers)
    {
        var code = (int)status;
        var retryAfter = headers?.RetryAfter?.Delta;
        var fallback = new OpenTrainApiException(code, $"HTTP_{code}", string.IsNullOrEmpty(reasonPhrase) ? status.ToString() : reasonPhrase, null, null, retryAfter);
        if (body.Length == 0) return fallback;
        try
        {
            var envelope = JsonSerializer.Deserialize(body, OpenTrainJson.Context.ApiErrorEnvelope);
            if (envelope?.Error is not { } error) return fallback;
            var errorText = error.ValueKind == JsonValueKind.String ? error.GetString()! : JsonReindenter.Compact(error.GetRawText());
            JsonElement? details = null;
            string? reason = null;
            if (envelope.Details is { ValueKind: JsonValueKind.Object or JsonValueKind.Array } d)
            {
                details = d.Clone();
                if (d.ValueKind == JsonValueKind.Object && d.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String)
                    reason = r.GetString();
            }
            if (envelope.Code is { Length: > 0 } envelopeCode)
                return new OpenTrainApiException(code, envelopeCode, errorText, details, envelope.RequestId, retryAfter) { Reason = reason, Body = body };
            // OAuth shape: the error is the code, the description the message.
            return new OpenTrainApiException(code, errorText, envelope.ErrorDescription ?? errorText, details, envelope.RequestId, retryAfter) { Reason = errorText, Body = body };
        }
        catch (JsonException)
        {
            return fallback;
        }
    }
}
