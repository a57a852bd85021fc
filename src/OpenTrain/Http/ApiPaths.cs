namespace OpenTrain.Http;

/// <summary>Path prefixes of the two API families.</summary>
internal static class ApiPaths
{
    public const string Public = "/api/public/v1";
    public const string Agent = "/api/agent";

    /// <summary>A path segment from user input, escaped so an id can never change the path.</summary>
    public static string Segment(string id) => Uri.EscapeDataString(id);
}
