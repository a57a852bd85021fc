using OpenTrain.Config;

namespace OpenTrain.Mcp;

/// <summary>
/// The official MCP server's settings precedence (it differs from the CLI's OT_* variables):
/// token = OPENTRAIN_PERSONAL_API_TOKEN (the file is then not read for it) → the shared file;
/// base URL = OPENTRAIN_API_BASE_URL → the file → the default. The file is read only when needed.
/// </summary>
internal static class McpCredentials
{
    public const string TokenVariable = "OPENTRAIN_PERSONAL_API_TOKEN";

    public static string? Token(Func<string, string?> env, Func<Credentials> saved) =>
        NonEmpty(env(TokenVariable)) ?? saved().ApiToken;

    public static BaseUrl BaseUrl(Func<string, string?> env, Func<Credentials> saved)
    {
        if (NonEmpty(env(EnvironmentNames.BaseUrl)) is { } url) return Config.BaseUrl.Parse(url, EnvironmentNames.BaseUrl);
        if (saved().BaseUrl is { } file) return Config.BaseUrl.Parse(file, "the credentials file");
        return Config.BaseUrl.Parse(Config.BaseUrl.Default, "the default");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

/// <summary>No token for a tool that needs one: the model is told how to get one.</summary>
internal sealed class McpNotLoggedInException() : ConfigException(
    "Not logged in: no API token found. Call opentrain_register_agent to create an agent account (then opentrain_claim_account " +
    $"so a human owns it), save a token a human created with opentrain_login, or set {McpCredentials.TokenVariable} in this MCP server's environment.");
