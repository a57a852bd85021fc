using System.Buffers;
using System.Text;
using System.Text.Json;
using OpenTrain.Generated;

namespace OpenTrain.Cli;

/// <summary>
/// Re-indents JSON token by token without re-serialising: keys keep their order, numbers their
/// exact text, and strings are escaped only where JSON.stringify would escape them.
/// </summary>
internal static class JsonReindenter
{
    /// <summary>2-space indented text with a trailing newline; the body as-is when it is not valid JSON.</summary>
    public static string Indent(ReadOnlySpan<byte> json)
    {
        var body = StripBom(json);
        return TryRewrite(body, indented: true, out var text)
            ? text + "\n"
            : Encoding.UTF8.GetString(body).TrimEnd('\n') + "\n";
    }

    /// <summary>One-line JSON, as JSON.stringify(value) prints it.</summary>
    public static string Compact(string json) =>
        TryRewrite(Encoding.UTF8.GetBytes(json), indented: false, out var text) ? text : json;

    private static ReadOnlySpan<byte> StripBom(ReadOnlySpan<byte> json) =>
        json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? json[3..] : json;

    private static bool TryRewrite(ReadOnlySpan<byte> json, bool indented, out string text)
    {
        var output = new ArrayBufferWriter<byte>(json.Length + json.Length / 4 + 16);
        try
        {
            Rewrite(json, output, indented);
            text = Encoding.UTF8.GetString(output.WrittenSpan);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            text = "";
            return false;
        }
    }

    private static void Rewrite(ReadOnlySpan<byte> json, IBufferWriter<byte> output, bool indented)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1024 });
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = indented,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JsonStringifyEncoder.Instance,
            SkipValidation = false,
            MaxDepth = 1024,
        });
        // Utf8JsonWriter puts no newline before raw values inside arrays: track containers to add it.
        var inArray = new Stack<bool>();
        byte[]? scratch = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject: writer.WriteStartObject(); inArray.Push(false); break;
                case JsonTokenType.EndObject: writer.WriteEndObject(); inArray.Pop(); break;
                case JsonTokenType.StartArray: writer.WriteStartArray(); inArray.Push(true); break;
                case JsonTokenType.EndArray: writer.WriteEndArray(); inArray.Pop(); break;
                case JsonTokenType.PropertyName: writer.WritePropertyName(Unescaped(ref reader, ref scratch)); break;
                case JsonTokenType.String: writer.WriteStringValue(Unescaped(ref reader, ref scratch)); break;
                case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                case JsonTokenType.Null: writer.WriteNullValue(); break;
                case JsonTokenType.Number:
                    if (indented && inArray.Count > 0 && inArray.Peek())
                    {
                        var raw = new byte[reader.ValueSpan.Length + 1 + 2 * reader.CurrentDepth];
                        raw[0] = (byte)'\n';
                        raw.AsSpan(1, 2 * reader.CurrentDepth).Fill((byte)' ');
                        reader.ValueSpan.CopyTo(raw.AsSpan(1 + 2 * reader.CurrentDepth));
                        writer.WriteRawValue(raw, skipInputValidation: true);
                    }
                    else
                    {
                        writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                    }
                    break;
                default: break;
            }
        }
        writer.Flush();
    }

    /// <summary>The string's UTF-8 text, unescaped once (passing escaped bytes would escape them twice).</summary>
    private static ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader reader, ref byte[]? scratch)
    {
        if (!reader.ValueIsEscaped) return reader.ValueSpan;
        if (scratch is null || scratch.Length < reader.ValueSpan.Length) scratch = new byte[Math.Max(256, reader.ValueSpan.Length)];
        var written = reader.CopyString(scratch);
        return scratch.AsSpan(0, written);
    }
}
