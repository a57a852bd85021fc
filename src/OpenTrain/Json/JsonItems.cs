using System.Text.Json;

namespace OpenTrain.Json;

/// <summary>
/// An array's items or an object's members mapped to text. Loops, not LINQ over <see cref="JsonElement"/> or
/// <see cref="JsonProperty"/>: every LINQ pipeline over a value type adds its own iterator classes to the image
/// (docs/performance.md, "LINQ over value types").
/// </summary>
internal static class JsonItems
{
    /// <summary>The string items of an array, in order; other items are skipped.</summary>
    public static List<string> Strings(JsonElement array) => Map(array, item => item.ValueKind == JsonValueKind.String ? item.GetString() : null);

    /// <summary>What <paramref name="map"/> gives for each item of an array, in order; null skips the item.</summary>
    public static List<string> Map(JsonElement array, Func<JsonElement, string?> map)
    {
        var mapped = new List<string>();
        foreach (var item in array.EnumerateArray()) if (map(item) is { } text) mapped.Add(text);
        return mapped;
    }

    /// <summary>What <paramref name="map"/> gives for each member of an object, in order; null skips the member.</summary>
    public static List<string> Map(JsonElement obj, Func<JsonProperty, string?> map)
    {
        var mapped = new List<string>();
        foreach (var member in obj.EnumerateObject()) if (map(member) is { } text) mapped.Add(text);
        return mapped;
    }

    /// <summary>Whether every item of an array passes <paramref name="test"/>.</summary>
    public static bool All(JsonElement array, Func<JsonElement, bool> test)
    {
        foreach (var item in array.EnumerateArray()) if (!test(item)) return false;
        return true;
    }

    public static bool HasMembers(JsonElement obj)
    {
        using var members = obj.EnumerateObject();
        return members.MoveNext();
    }
}
