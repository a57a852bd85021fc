namespace OpenTrain.Http;

/// <summary>Path prefixes of the two API families.</summary>
internal static class ApiPaths
{
    public const string Public = "/api/public/v1";
    public const string Agent = "/api/agent";

    /// <summary>
    /// A path segment from user input, escaped so an id can never change the path. <c>.</c> and
    /// <c>..</c> cannot be escaped (URIs unescape <c>%2E</c> and remove dot segments), so they are refused.
    /// </summary>
    public static string Segment(string id) =>
        IsDotSegment(id) ? throw new InvalidIdException(id) : Uri.EscapeDataString(id);

    public static bool IsDotSegment(string id) => id is "." or "..";
}

/// <summary>An id that cannot be a path segment: a usage error, raised before any request.</summary>
internal sealed class InvalidIdException(string id) : ArgumentException($"'{id}' is not a valid id");
