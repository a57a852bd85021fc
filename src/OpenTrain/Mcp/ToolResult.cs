using System.Text;
using System.Text.Json;
using OpenTrain.Toolkit;
using OpenTrain.Generated.Mcp;
using OpenTrain.Http;

namespace OpenTrain.Mcp;

/// <summary>
/// What a tool returns: the CLI's human text, plus <c>structuredContent</c>. Success: the API
/// response exactly as received (a body that is not a JSON object is wrapped as <c>{"result": …}</c>,
/// since MCP requires an object). Failure: <c>isError</c>, the CLI's error text, and
/// <c>{"status": &lt;http status&gt;, "error": &lt;the error envelope as received&gt;}</c>.
/// </summary>
internal sealed record ToolResult(string Text, JsonElement? Structured, bool IsError)
{
    public McpCallToolResult ToProtocol() => new([new McpTextContent("text", Clean(Text))], Structured, IsError);

    public static ToolResult Success(string text, byte[] body) => new(text, Structure(body), false);

    public static ToolResult Success<T>(string text, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        new(text, JsonSerializer.SerializeToElement(value, type), false);

    public static ToolResult ApiFailure(OpenTrainApiException error, string? hint)
    {
        using var document = Parse(error.Body);
        var envelope = document?.RootElement.Clone() ?? Synthesized(error);
        return new(ApiErrorText.Render(error, hint), Object(writer =>
        {
            writer.WriteNumber("status", error.Status);
            writer.WritePropertyName("error");
            envelope.WriteTo(writer);
        }), true);
    }

    /// <summary>A failure before any request (bad argument, no token, unusable credentials file).</summary>
    public static ToolResult Failure(string code, string message, string text) =>
        new(text, Object(writer =>
        {
            writer.WritePropertyName("error");
            writer.WriteStartObject();
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }), true);

    private static JsonElement? Structure(byte[] body)
    {
        using var document = Parse(body);
        if (document is null) return null;
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object) return root.Clone();
        return Object(writer =>
        {
            writer.WritePropertyName("result");
            root.WriteTo(writer);
        });
    }

    private static JsonDocument? Parse(byte[]? body)
    {
        if (body is not { Length: > 0 }) return null;
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>No parseable envelope (a network failure, an HTML error page): the parts we know, in the API's shape.</summary>
    private static JsonElement Synthesized(OpenTrainApiException error) => Object(writer =>
    {
        writer.WritePropertyName("error");
        writer.WriteStartObject();
        writer.WriteString("code", error.Code);
        writer.WriteString("message", error.Message);
        writer.WriteEndObject();
    });

    private static JsonElement Object(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>The summary keeps line breaks only: a tab becomes a space, other control characters (e.g. from API text) U+FFFD.</summary>
    internal static string Clean(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized) sb.Append(c switch { '\n' => c, '\t' => ' ', _ when char.IsControl(c) => '\uFFFD', _ => c });
        return sb.ToString();
    }
}
