using System.Globalization;
using System.Text;
using OpenTrain.Generated;

namespace OpenTrain.Json;

/// <summary>
/// An escaped JSON string that holds a lone surrogate (valid JSON, but not valid Unicode), printed as
/// JSON.stringify prints it: escapes decoded, the lone surrogate kept as a lower-case <c>\udxxx</c> escape.
/// </summary>
internal static class LoneSurrogates
{
    /// <summary>The quoted JSON text for the escaped string body <paramref name="escaped"/>.</summary>
    public static string Stringify(ReadOnlySpan<byte> escaped)
    {
        var units = Decode(Encoding.UTF8.GetString(escaped));
        var sb = new StringBuilder(units.Length + 8).Append('"');
        for (var i = 0; i < units.Length; i++)
        {
            var c = units[i];
            if (char.IsHighSurrogate(c) && i + 1 < units.Length && char.IsLowSurrogate(units[i + 1]))
            {
                sb.Append(c).Append(units[++i]);
                continue;
            }
            sb.Append(JsonStringifyEncoder.Escape(c));
        }
        return sb.Append('"').ToString();
    }

    /// <summary>The UTF-16 code units of a JSON string body, escapes decoded (the reader has validated its syntax).</summary>
    private static char[] Decode(string body)
    {
        var units = new List<char>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\')
            {
                units.Add(body[i]);
                continue;
            }
            var e = body[++i];
            units.Add(e switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => (char)int.Parse(body.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                _ => e,
            });
            if (e == 'u') i += 4;
        }
        return [.. units];
    }
}
