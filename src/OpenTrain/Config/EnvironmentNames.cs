namespace OpenTrain.Config;

/// <summary>The environment variables opentrain reads, in one place.</summary>
internal static class EnvironmentNames
{
    public const string OtToken = "OT_API_TOKEN";
    public const string Token = "OPENTRAIN_API_TOKEN";
    public const string OtBaseUrl = "OT_API_BASE_URL";
    public const string BaseUrl = "OPENTRAIN_API_BASE_URL";
    public const string McpToken = "OPENTRAIN_PERSONAL_API_TOKEN";
    public const string ConfigHome = "XDG_CONFIG_HOME";
    public const string Home = "HOME";
    public const string NoColor = "NO_COLOR";
    public const string Term = "TERM";
    public const string HttpsProxy = "HTTPS_PROXY";
    public const string HttpProxy = "HTTP_PROXY";
    public const string AllProxy = "ALL_PROXY";
    public const string NoProxy = "NO_PROXY";

    /// <summary>Terminal width when the terminal reports none.</summary>
    public const string Columns = "COLUMNS";

    /// <summary><c>1</c> (or any value but <c>0</c>) turns on <c>--debug</c>.</summary>
    public const string Debug = "OPENTRAIN_DEBUG";

    /// <summary>The token variables, in precedence order.</summary>
    public static readonly string[] Tokens = [OtToken, Token];

    /// <summary>Every variable with its one-line meaning ('opentrain help environment'). An empty value counts as unset.</summary>
    public static readonly (string Name, string Meaning)[] All =
    [
        (OtToken, "API token (ot_pat_…) for every command; wins over OPENTRAIN_API_TOKEN and the saved token."),
        (Token, "API token, when OT_API_TOKEN is unset; wins over the saved token."),
        (OtBaseUrl, "API origin (https://, or http:// for loopback only); --base-url wins over it."),
        (BaseUrl, "API origin when OT_API_BASE_URL is unset; also the origin of 'opentrain mcp'."),
        (McpToken, "'opentrain mcp' only: the token the MCP server uses (wins over the saved token)."),
        (ConfigHome, "The credentials file is $XDG_CONFIG_HOME/opentrain/cli.json (default ~/.config)."),
        (Home, "Home folder for the default ~/.config/opentrain/cli.json."),
        (NoColor, "Set to any value: never colour the output (colour is used only on a terminal)."),
        (Term, "dumb: no bold or colour on a terminal either (any other value is not read)."),
        (Columns, "Terminal width for tables when the terminal reports none (default 80)."),
        (Debug, "Set to 1 (any value but 0): log each request to stderr, as --debug does."),
        (HttpsProxy, "Proxy for https:// API origins (also https_proxy); never used for loopback."),
        (HttpProxy, "Proxy for http:// API origins (also http_proxy); never used for loopback."),
        (AllProxy, "Proxy for both schemes when the variables above are unset (also all_proxy)."),
        (NoProxy, "Comma-separated hosts that bypass the proxy (also no_proxy)."),
    ];
}
