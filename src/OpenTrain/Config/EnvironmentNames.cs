namespace OpenTrain.Config;

/// <summary>The environment variables opentrain reads, in one place.</summary>
internal static class EnvironmentNames
{
    public const string OtToken = "OT_API_TOKEN";
    public const string Token = "OPENTRAIN_API_TOKEN";
    public const string OtBaseUrl = "OT_API_BASE_URL";
    public const string BaseUrl = "OPENTRAIN_API_BASE_URL";
    public const string ConfigHome = "XDG_CONFIG_HOME";
    public const string Home = "HOME";
    public const string NoColor = "NO_COLOR";

    /// <summary><c>1</c> (or any value but <c>0</c>) turns on <c>--debug</c>.</summary>
    public const string Debug = "OPENTRAIN_DEBUG";

    /// <summary>The token variables, in precedence order.</summary>
    public static readonly string[] Tokens = [OtToken, Token];
}
