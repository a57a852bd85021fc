using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace OpenTrain.Mcp;

/// <summary>One input message after parsing: a document (maybe an unclean one, see <see cref="Unclean"/>), or the error to answer.</summary>
internal sealed class ParsedMessage(JsonDocument? document, bool unclean, int code, string? error) : IDisposable
{
    public JsonDocument? Document { get; } = document;

    /// <summary>
    /// Some object in the message has the same member twice (RFC 8259 leaves the meaning open), or a
    /// member name that is not Unicode text (a lone surrogate escape). System.Text.Json's own member
    /// lookups throw on the latter, so such a message is only ever looked at by <see cref="JsonRpcParser.TryGetName"/>.
    /// </summary>
    public bool Unclean { get; } = unclean;

    public int Code { get; } = code;

    public string? Error { get; } = error;

    public void Dispose() => Document?.Dispose();
}

/// <summary>
/// Turns one message's bytes into a document without trusting them: strict UTF-8 (RFC 8259 §8.1), a
/// depth limit (System.Text.Json's reader is iterative and refuses more than <see cref="MaxDepth"/>
/// levels, so 100,000 levels cost a parse error, never the stack), and repeated member names or names
/// that are not text noticed (the request is then refused, see <see cref="McpServer"/>). Error texts are our own:
/// the framework's are resource keys in the published binary.
/// </summary>
internal static class JsonRpcParser
{
    /// <summary>Levels of nesting accepted (System.Text.Json's default); no MCP message comes near it.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonDocumentOptions Unique = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = false };
    private static readonly JsonDocumentOptions Lenient = new() { MaxDepth = MaxDepth };

    /// <summary>The message's bytes must stay untouched while the document lives (it reads them in place).</summary>
    public static ParsedMessage Parse(ReadOnlyMemory<byte> message)
    {
        var bytes = message.Span;
        var invalid = FirstInvalidUtf8(bytes);
        if (invalid >= 0)
            return Failure(JsonRpcErrors.ParseError, $"Parse error: the message is not valid UTF-8 (byte {invalid:N0} of {bytes.Length:N0})");
        try
        {
            return new ParsedMessage(JsonDocument.Parse(message, Unique), false, 0, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON, too deep, a member repeated or a name that is not text: the reader below tells the first two.
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = int.MaxValue });
        var deepest = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    deepest = Math.Max(deepest, reader.CurrentDepth + 1);
            }
        }
        catch (JsonException ex)
        {
            return Failure(JsonRpcErrors.ParseError,
                $"Parse error: the message is not valid JSON (at byte {ex.BytePositionInLine ?? reader.BytesConsumed:N0} of {bytes.Length:N0})");
        }
        if (deepest > MaxDepth)
            return Failure(JsonRpcErrors.ParseError, $"Parse error: the message nests deeper than {MaxDepth} levels ({deepest:N0})");
        try
        {
            return new ParsedMessage(JsonDocument.Parse(message, Lenient), true, 0, null);
        }
        catch (JsonException)
        {
            return Failure(JsonRpcErrors.ParseError, "Parse error: the message is not valid JSON");
        }
    }

    /// <summary>Whether one value (e.g. an element of a batch) is clean: no member name twice in any of its objects, every name text.</summary>
    public static bool IsClean(JsonElement value)
    {
        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes(value.GetRawText()), Unique);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Why a value is not clean: a member name that is not text, or one that appears twice (the first such name, when it is text).</summary>
    public static (bool NameNotText, string? Repeated, bool RepeatedSomewhere) Uncleanness(JsonElement value)
    {
        var nameNotText = false;
        string? repeated = null;
        var repeatedSomewhere = false;
        Walk(value, top: true);
        return (nameNotText, repeated, repeatedSomewhere);

        void Walk(JsonElement element, bool top)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray()) Walk(item, false);
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!TryGetName(property, out var name)) nameNotText = true;
                    else if (!seen.Add(name))
                    {
                        repeatedSomewhere = true;
                        if (top) repeated ??= name;
                    }
                    Walk(property.Value, false);
                }
            }
        }
    }

    /// <summary>
    /// A string as .NET text. JSON allows escapes of lone surrogates (<c>"\ud800"</c>), which are not
    /// Unicode text: <see cref="JsonElement.GetString"/> throws for them (the crash of issue #24).
    /// </summary>
    public static bool TryGetText(JsonElement value, out string text)
    {
        text = "";
        if (value.ValueKind != JsonValueKind.String) return false;
        try
        {
            text = value.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>A member name as .NET text (same rule as <see cref="TryGetText"/>).</summary>
    public static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = "";
            return false;
        }
    }

    /// <summary>Every string and member name inside <paramref name="value"/> is Unicode text (depth is bounded by <see cref="MaxDepth"/>).</summary>
    public static bool IsText(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return TryGetText(value, out _);
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (!IsText(item)) return false;
                }
                return true;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    if (!TryGetName(property, out _) || !IsText(property.Value)) return false;
                }
                return true;
            default:
                return true;
        }
    }

    private static ParsedMessage Failure(int code, string message) => new(null, false, code, message);

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return -1;
        for (var i = 0; i < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != OperationStatus.Done) return i;
            i += consumed;
        }
        return -1;
    }
}
