using System.Buffers;
using System.Text;
using System.Text.Json;
using OpenTrain.Generated;

namespace OpenTrain.Json;

/// <summary>
/// Re-indents JSON token by token without re-serialising: keys keep their order, numbers their
/// exact text, and strings are escaped only where JSON.stringify would escape them. Works on a
/// buffer or streams (memory stays flat whatever the body's size).
/// </summary>
internal static class JsonReindenter
{
    private const int ChunkSize = 64 * 1024;
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>2-space indented text with a trailing newline (the same path as streaming, over a buffer).</summary>
    public static string Indent(ReadOnlySpan<byte> json)
    {
        using var output = new MemoryStream(json.Length + json.Length / 4 + 16);
        Indent(new MemoryStream(json.ToArray(), writable: false), output);
        return Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
    }

    /// <summary>One-line JSON, as JSON.stringify(value) prints it.</summary>
    public static string Compact(string json)
    {
        var output = new ArrayBufferWriter<byte>(json.Length + 16);
        try
        {
            using (var writer = CreateWriter(output, indented: false))
            {
                var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), ReaderOptions);
                new TokenCopier(writer).Copy(ref reader);
            }
            return Encoding.UTF8.GetString(output.WrittenSpan);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return json;
        }
    }

    /// <summary>
    /// Streams <paramref name="input"/> to <paramref name="output"/> re-indented, reading and writing
    /// in chunks; the output does not depend on how the body is split across reads. A body that is
    /// not JSON (empty, HTML, binary) raises <see cref="MalformedJsonException"/> before anything is
    /// written; one that breaks mid-way raises it after what was already written.
    /// </summary>
    public static void Indent(Stream input, Stream output)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var filled = ReadStart(input, buffer);
            var start = buffer.AsSpan(0, filled).StartsWith(Bom) ? 3 : 0;
            if (!LooksLikeJson(buffer.AsSpan(start, filled - start)))
                throw new MalformedJsonException(filled == start ? "the response body is empty, not JSON" : "the response body is not JSON");
            Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
            filled -= start;
            StreamTokens(input, output, ref buffer, filled);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void StreamTokens(Stream input, Stream output, ref byte[] buffer, int filled)
    {
        long written = 0;
        using var writer = CreateWriter(output, indented: true);
        var copier = new TokenCopier(writer);
        var state = new JsonReaderState(ReaderOptions);
        var eof = false;
        try
        {
            while (true)
            {
                var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), eof, state);
                copier.Copy(ref reader);
                state = reader.CurrentState;
                var consumed = (int)reader.BytesConsumed;
                if (writer.BytesPending > ChunkSize / 2)
                {
                    written += writer.BytesPending;
                    writer.Flush();
                }
                if (eof) break;
                Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
                filled -= consumed;
                if (filled == buffer.Length)
                {
                    // One token is larger than the buffer: make room for it.
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, filled);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = ReadSome(input, buffer, filled);
                eof = read == filled;
                filled = read;
            }
            writer.Flush();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            writer.Flush();
            output.WriteByte((byte)'\n');
            throw new MalformedJsonException($"the response body stopped being valid JSON after {written + writer.BytesCommitted} bytes of output ({ex.Message})");
        }
        output.WriteByte((byte)'\n');
    }

    /// <summary>Reads until the first byte after an optional byte-order mark and any whitespace is in the buffer (or the body ends).</summary>
    private static int ReadStart(Stream input, byte[] buffer)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = input.Read(buffer, filled, buffer.Length - filled);
            if (read == 0) break;
            filled += read;
            var head = buffer.AsSpan(0, filled);
            if (filled < Bom.Length && Bom.AsSpan().StartsWith(head)) continue;
            if (!head[(head.StartsWith(Bom) ? Bom.Length : 0)..].TrimStart(" \t\r\n"u8).IsEmpty) break;
        }
        return filled;
    }

    private static int ReadSome(Stream input, byte[] buffer, int filled)
    {
        var read = input.Read(buffer, filled, buffer.Length - filled);
        return filled + read;
    }

    private static bool LooksLikeJson(ReadOnlySpan<byte> head)
    {
        var trimmed = head.TrimStart(" \t\r\n"u8);
        return !trimmed.IsEmpty && trimmed[0] is (byte)'{' or (byte)'[' or (byte)'"' or (byte)'-' or (>= (byte)'0' and <= (byte)'9') or (byte)'t' or (byte)'f' or (byte)'n';
    }

    // Any depth the input has is passed through (the defaults, 64 and 1000, reject valid JSON).
    private const int MaxDepth = 1 << 20;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = MaxDepth };

    private static Utf8JsonWriter CreateWriter(IBufferWriter<byte> output, bool indented) => new(output, WriterOptions(indented));

    private static Utf8JsonWriter CreateWriter(Stream output, bool indented) => new(output, WriterOptions(indented));

    private static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JsonStringifyEncoder.Instance,
        MaxDepth = MaxDepth,
    };

    /// <summary>Copies the tokens a reader can complete; keeps container state across chunks.</summary>
    private sealed class TokenCopier(Utf8JsonWriter writer)
    {
        // Utf8JsonWriter puts no newline before raw values inside arrays: track containers to add it.
        private readonly Stack<bool> inArray = new();
        private byte[] scratch = new byte[256];

        public void Copy(ref Utf8JsonReader reader)
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: writer.WriteStartObject(); inArray.Push(false); break;
                    case JsonTokenType.EndObject: writer.WriteEndObject(); inArray.Pop(); break;
                    case JsonTokenType.StartArray: writer.WriteStartArray(); inArray.Push(true); break;
                    case JsonTokenType.EndArray: writer.WriteEndArray(); inArray.Pop(); break;
                    case JsonTokenType.PropertyName: writer.WritePropertyName(Unescaped(ref reader)); break;
                    case JsonTokenType.String: WriteString(ref reader); break;
                    case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                    case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                    case JsonTokenType.Null: writer.WriteNullValue(); break;
                    case JsonTokenType.Number: WriteRaw(ref reader, reader.ValueSpan); break;
                    default: break;
                }
            }
        }

        /// <summary>A value written as given (numbers keep their text); inside arrays with the newline the writer leaves out.</summary>
        private void WriteRaw(ref Utf8JsonReader reader, ReadOnlySpan<byte> value)
        {
            if (writer.Options.Indented && inArray.Count > 0 && inArray.Peek())
            {
                var indent = 2 * reader.CurrentDepth;
                var raw = new byte[value.Length + 1 + indent];
                raw[0] = (byte)'\n';
                raw.AsSpan(1, indent).Fill((byte)' ');
                value.CopyTo(raw.AsSpan(1 + indent));
                writer.WriteRawValue(raw, skipInputValidation: true);
            }
            else
            {
                writer.WriteRawValue(value, skipInputValidation: true);
            }
        }

        /// <summary>
        /// A string value. Two kinds of valid input the writer would reject or rewrite pass through as
        /// JSON.stringify would print them: lone surrogate escapes (<c>"\ud800"</c>) and bytes that are
        /// not UTF-8 (copied as received).
        /// </summary>
        private void WriteString(ref Utf8JsonReader reader)
        {
            if (!reader.ValueIsEscaped)
            {
                if (System.Text.Unicode.Utf8.IsValid(reader.ValueSpan)) writer.WriteStringValue(reader.ValueSpan);
                else WriteRaw(ref reader, Quoted(reader.ValueSpan));
                return;
            }
            try
            {
                writer.WriteStringValue(Unescaped(ref reader));
            }
            catch (InvalidOperationException)
            {
                WriteRaw(ref reader, Encoding.UTF8.GetBytes(LoneSurrogates.Stringify(reader.ValueSpan)));
            }
        }

        private static byte[] Quoted(ReadOnlySpan<byte> text)
        {
            var quoted = new byte[text.Length + 2];
            quoted[0] = quoted[^1] = (byte)'"';
            text.CopyTo(quoted.AsSpan(1));
            return quoted;
        }

        /// <summary>The string's UTF-8 text, unescaped once (passing escaped bytes would escape them twice).</summary>
        private ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader reader)
        {
            if (!reader.ValueIsEscaped) return reader.ValueSpan;
            if (scratch.Length < reader.ValueSpan.Length) scratch = new byte[reader.ValueSpan.Length];
            var length = reader.CopyString(scratch);
            return scratch.AsSpan(0, length);
        }
    }
}

/// <summary>A body that was announced as JSON and is not.</summary>
internal sealed class MalformedJsonException(string message) : Exception(message);
