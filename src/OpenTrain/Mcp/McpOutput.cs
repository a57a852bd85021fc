using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenTrain.Generated;
using OpenTrain.Generated.Mcp;

namespace OpenTrain.Mcp;

/// <summary>
/// The protocol stream (stdout): one JSON-RPC message per line, written whole under a lock so
/// concurrent tool calls never interleave. Nothing else ever writes here while serving.
/// </summary>
internal sealed class McpOutput(TextWriter output) : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JsonStringifyEncoder.Instance, Indented = false };
    private readonly SemaphoreSlim gate = new(1, 1);

    public Task WriteResultAsync<T>(JsonElement? id, T result, JsonTypeInfo<T> type) =>
        WriteAsync(id, writer =>
        {
            writer.WritePropertyName("result");
            JsonSerializer.Serialize(writer, result, type);
        });

    public Task WriteErrorAsync(JsonElement? id, int code, string message) =>
        WriteAsync(id, writer =>
        {
            writer.WritePropertyName("error");
            JsonSerializer.Serialize(writer, new JsonRpcError(code, message), McpJson.Context.JsonRpcError);
        });

    private async Task WriteAsync(JsonElement? id, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WritePropertyName("id");
            if (id is { } value) value.WriteTo(writer);
            else writer.WriteNullValue();
            body(writer);
            writer.WriteEndObject();
        }
        var line = Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
        await gate.WaitAsync();
        try
        {
            await output.WriteAsync(line);
            await output.FlushAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
