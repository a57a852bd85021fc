using System.Text.Json;

namespace OpenTrain.Json;

/// <summary>
/// Narrows one top-level array of a JSON object body to some of its items (<c>updates poll --type</c>),
/// every kept item and every other field byte for byte as the server sent them.
/// </summary>
internal static class JsonArrayFilter
{
    /// <summary>The body with <paramref name="array"/> holding only the items <paramref name="keep"/> accepts; unchanged when it has no such array.</summary>
    public static byte[] Keep(byte[] body, string array, Func<JsonElement, bool> keep)
    {
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1 || !reader.ValueTextEquals(array)) continue;
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray) return body;
            var start = (int)reader.TokenStartIndex;
            var kept = new List<byte[]>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var itemStart = (int)reader.TokenStartIndex;
                reader.Skip();
                var item = body[itemStart..(int)reader.BytesConsumed];
                using var parsed = JsonDocument.Parse(item);
                if (keep(parsed.RootElement)) kept.Add(item);
            }
            var end = (int)reader.BytesConsumed;
            return [.. body.AsSpan(0, start), (byte)'[', .. Join(kept), (byte)']', .. body.AsSpan(end)];
        }
        return body;
    }

    private static byte[] Join(List<byte[]> items)
    {
        using var joined = new MemoryStream();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) joined.WriteByte((byte)',');
            joined.Write(items[i]);
        }
        return joined.ToArray();
    }
}
