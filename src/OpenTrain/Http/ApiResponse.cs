using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenTrain.Cli;

namespace OpenTrain.Http;

/// <summary>
/// A successful response: the typed value (parsed on first use) plus the exact body bytes, which
/// is what <c>--json</c> prints. In streaming mode (<c>--json</c>) the body is not read until it is
/// printed, and then it flows straight to stdout, so memory does not grow with its size.
/// </summary>
internal sealed class ApiResponse<T>
{
    private readonly JsonTypeInfo<T> type;
    private readonly string host;
    private HttpResponseMessage? unread;
    private byte[]? body;
    private T? value;
    private bool parsed;

    public ApiResponse(HttpStatusCode status, byte[] body, JsonTypeInfo<T> type, string host)
        : this(status, type, host) => this.body = body;

    public ApiResponse(HttpStatusCode status, HttpResponseMessage unread, JsonTypeInfo<T> type, string host)
        : this(status, type, host) => this.unread = unread;

    private ApiResponse(HttpStatusCode status, JsonTypeInfo<T> type, string host)
    {
        Status = status;
        this.type = type;
        this.host = host;
    }

    public HttpStatusCode Status { get; }

    public byte[] RawBody
    {
        get
        {
            if (body is not null) return body;
            if (unread is null) throw new InvalidOperationException("The response body was already streamed to the output.");
            using (var stream = unread.Content.ReadAsStream())
            using (var copy = new MemoryStream())
            {
                stream.CopyTo(copy);
                body = copy.ToArray();
            }
            unread.Dispose();
            unread = null;
            return body;
        }
    }

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

    /// <summary>Prints the body re-indented: streamed when it was not read yet and stdout is a byte stream.</summary>
    public void WriteIndented(Terminal terminal)
    {
        if (unread is not null && terminal.OutStream is { } stdout)
        {
            terminal.Out.Flush();
            try
            {
                using var stream = unread.Content.ReadAsStream();
                JsonReindenter.Indent(stream, stdout);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException && ex is not FileNotFoundException)
            {
                throw new OpenTrainNetworkException($"connection to {host} failed while reading the response: {ex.Message}");
            }
            stdout.Flush();
            unread.Dispose();
            unread = null;
            return;
        }
        terminal.Out.Write(JsonReindenter.Indent(RawBody));
    }
}
