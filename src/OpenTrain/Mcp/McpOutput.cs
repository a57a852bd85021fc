using OpenTrain.Toolkit;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenTrain.Generated;
using OpenTrain.Generated.Mcp;

namespace OpenTrain.Mcp;

/// <summary>Where the answers to requests go: straight to the protocol stream, or into a batch's response array.</summary>
/// <remarks>
/// One non-generic method: a generic method on an interface is a generic virtual method, for which the compiler keeps
/// the runtime type loader's templates of every <c>JsonTypeInfo&lt;T&gt;</c> and its converters (about 70 KB of the
/// image, docs/performance.md). Results are serialized by <see cref="Replies.ResultAsync"/>, which is not virtual.
/// </remarks>
internal interface IReplies
{
    /// <summary>One whole response (<see cref="McpOutput.Result"/> or <see cref="McpOutput.Error"/>).</summary>
    Task SendAsync(byte[] response);
}

internal static class Replies
{
    public static Task ResultAsync<T>(this IReplies replies, JsonElement id, T result, JsonTypeInfo<T> type) => replies.SendAsync(McpOutput.Result(id, result, type));

    public static Task ErrorAsync(this IReplies replies, JsonElement? id, int code, string message) => replies.SendAsync(McpOutput.Error(id, code, message));
}

/// <summary>
/// The protocol stream (stdout): one JSON-RPC message per line, written whole under a lock so
/// concurrent tool calls never interleave. Nothing else ever writes here while serving. A stream
/// that cannot be written any more (closed) ends nothing but the writing: <see cref="Closed"/>
/// completes and later writes are dropped, so a failing write never throws into a request.
/// </summary>
internal sealed class McpOutput(TextWriter output) : IReplies, IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JsonStringifyEncoder.Instance, Indented = false };
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a write failed because the stream is gone.</summary>
    public Task Closed => closed.Task;

    public Task SendAsync(byte[] response) => WriteLineAsync(response);

    /// <summary>A batch's responses as one array on one line; nothing at all when none is due (JSON-RPC 2.0 §6).</summary>
    public Task WriteBatchAsync(IReadOnlyList<byte[]> responses)
    {
        if (responses.Count == 0) return Task.CompletedTask;
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write("["u8);
        for (var i = 0; i < responses.Count; i++)
        {
            if (i > 0) buffer.Write(","u8);
            buffer.Write(responses[i]);
        }
        buffer.Write("]"u8);
        return WriteLineAsync(buffer.WrittenMemory);
    }

    public static byte[] Result<T>(JsonElement id, T result, JsonTypeInfo<T> type) =>
        Response(id, writer =>
        {
            writer.WritePropertyName("result");
            JsonSerializer.Serialize(writer, result, type);
        });

    public static byte[] Error(JsonElement? id, int code, string message) =>
        Response(id, writer =>
        {
            writer.WritePropertyName("error");
            JsonSerializer.Serialize(writer, new JsonRpcError(code, Writable(message)), McpJson.Context.JsonRpcError);
        });

    /// <summary>An error message can always be written: half a surrogate pair (not encodable as UTF-8) becomes U+FFFD.</summary>
    private static string Writable(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\ud800', '\udfff')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\ufffd';
        }
        return new string(chars);
    }

    /// <summary>
    /// The id is echoed exactly as the client wrote it (<c>1.50</c> stays <c>1.50</c>, <c>"a\u0062"</c>
    /// keeps its escape): its raw text, which the parser has already checked.
    /// </summary>
    private static byte[] Response(JsonElement? id, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WritePropertyName("id");
            if (id is { } value) writer.WriteRawValue(value.GetRawText(), skipInputValidation: true);
            else writer.WriteNullValue();
            body(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private async Task WriteLineAsync(ReadOnlyMemory<byte> json)
    {
        if (closed.Task.IsCompleted) return;
        var line = Protect(Encoding.UTF8.GetString(json.Span)) + "\n";
        await gate.WaitAsync();
        try
        {
            if (closed.Task.IsCompleted) return;
            await output.WriteAsync(line);
            await output.FlushAsync();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            closed.TrySetResult();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The characters the terminal writer would rewrite as <c>\x85</c>-style text (C1 controls, DEL,
    /// bidirectional controls), and U+2028/U+2029, which some readers take for line ends, written as
    /// JSON escapes instead. They can only occur inside JSON strings (all structure is ASCII), where
    /// <c>\u0085</c> is the same string: the message is unchanged and still one valid JSON line.
    /// </summary>
    internal static string Protect(string json)
    {
        var first = json.AsSpan().IndexOfAny(Unsafe);
        if (first < 0) return json;
        var sb = new StringBuilder(json.Length + 16);
        sb.Append(json, 0, first);
        for (var i = first; i < json.Length; i++)
        {
            var c = json[i];
            if (Unsafe.Contains(c)) sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        Chars.Run('\u007f', '\u009f') + "\u061c\u200e\u200f\u2028\u2029" + Chars.Run('\u202a', '\u202e') + Chars.Run('\u2066', '\u2069'));

    /// <summary>Later writes are dropped; the lock is left to the GC, since a cancelled call may still be finishing.</summary>
    public void Dispose() => closed.TrySetResult();
}

/// <summary>A batch's answers, collected until every request of the batch (tool calls included) is done.</summary>
internal sealed class BatchReplies : IReplies
{
    private readonly List<byte[]> responses = [];

    public IReadOnlyList<byte[]> Responses
    {
        get
        {
            lock (responses) return [.. responses];
        }
    }

    public Task SendAsync(byte[] response)
    {
        lock (responses) responses.Add(response);
        return Task.CompletedTask;
    }
}
