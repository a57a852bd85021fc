using System.Text;
using System.Text.Json;

namespace OpenTrain.Json;

/// <summary>
/// Replaces the value of one top-level string field of a JSON object body (a secret the API returns
/// once) and leaves every other byte as the server sent it, so <c>--json</c> stays exact elsewhere.
/// </summary>
internal static class JsonSecretField
{
    /// <summary>The body with <paramref name="field"/>'s string value replaced by <paramref name="replace"/>(value); unchanged when the field is absent or not a string.</summary>
    public static byte[] Replace(byte[] body, string field, Func<string, string> replace)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1 || !reader.ValueTextEquals(field)) continue;
                reader.Read();
                if (reader.TokenType != JsonTokenType.String) return body;
                // TokenStartIndex is the opening quote; ValueSpan is the raw value between the quotes (escapes as sent).
                var start = (int)reader.TokenStartIndex;
                var end = start + reader.ValueSpan.Length + 2;
                var replacement = replace(reader.GetString() ?? "");
                var value = Encoding.UTF8.GetBytes(Quote(replacement));
                return [.. body.AsSpan(0, start), .. value, .. body.AsSpan(end)];
            }
        }
        catch (JsonException)
        {
        }
        return body;
    }

    /// <summary>A JSON string as the re-indenter prints them: only quotes, backslashes and control characters escaped.</summary>
    private static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c < ' ') sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
