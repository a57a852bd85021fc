using System.Text.Encodings.Web;

namespace OpenTrain.Generated;

/// <summary>
/// Escapes exactly what JavaScript's JSON.stringify escapes: <c>"</c>, <c>\</c> and U+0000–U+001F.
/// So <c>é</c>, <c>—</c>, emoji, <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and <c>'</c> print literally.
/// </summary>
public sealed class JsonStringifyEncoder : JavaScriptEncoder
{
    public static readonly JsonStringifyEncoder Instance = new();

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            if (WillEncode(text[i])) return i;
        }
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var escaped = Escape(unicodeScalar);
        numberOfCharactersWritten = 0;
        if (escaped.Length > bufferLength) return false;
        escaped.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
        numberOfCharactersWritten = escaped.Length;
        return true;
    }

    /// <summary>A character as JSON.stringify writes it inside a string: escaped when it must be, else itself.</summary>
    public static string Escape(int unicodeScalar) => unicodeScalar switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\b' => "\\b",
        '\f' => "\\f",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        < 0x20 or (>= 0xD800 and <= 0xDFFF) => $"\\u{unicodeScalar:x4}",
        _ => char.ConvertFromUtf32(unicodeScalar),
    };
}
