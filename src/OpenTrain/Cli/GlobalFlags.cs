using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>
/// The flags every command accepts, declared once: the framework is told them (<see cref="CliApp"/>),
/// and help, completion and "did you mean" list them from here.
/// </summary>
internal static class GlobalFlags
{
    public const string Json = "--json";
    public const string BaseUrl = "--base-url";
    public const string Debug = "--debug";
    public const string Help = "--help";

    public const string JsonDescription = "Print the API response JSON exactly as received.";

    /// <summary>Root help's wording: one line for every command, the auth ones included.</summary>
    public const string JsonDescriptionEveryCommand = "Print the API response JSON exactly as received (auth: a result object).";

    public const string BaseUrlDescription = "API origin for this call.";

    public const string DebugDescription = "Log each request (method, URL, status, attempt, timing) to stderr; tokens masked.";

    /// <summary>What <c>--help</c> lists: <c>--base-url</c> says the origin in use now (<paramref name="baseUrlNow"/>).</summary>
    public static string BaseUrlNow(string baseUrlNow) => $"API origin for this call (now: {baseUrlNow}).";

    /// <summary>The flags every command accepts (completion, "did you mean").</summary>
    public static readonly string[] Names = [Json, BaseUrl, Debug, Help];

    /// <summary>Global and framework flags that take no value.</summary>
    public static readonly string[] Booleans = [Json, Debug, Help, "-h", "--version"];
}
