using OpenTrain.Toolkit;
using OpenTrain.Config;
using OpenTrain.Http;

namespace OpenTrain.Mcp;

/// <summary>
/// What a tool call runs with: the shared credentials file, the environment and the HTTP transport of
/// the process (tests plug theirs in). Settings are resolved per call, so a token saved by
/// <c>opentrain_register_agent</c> is used by the next call.
/// </summary>
internal sealed class McpToolContext(CommandContext process)
{
    public CredentialsStore Store => process.Credentials;

    private Func<string, string?> Environment => process.GetEnv;

    /// <summary>The saved credentials, read at most once per call.</summary>
    public sealed class Settings(McpToolContext owner)
    {
        private Credentials? saved;

        public Credentials Saved => saved ??= owner.Store.Read();

        public BaseUrl BaseUrl => McpCredentials.BaseUrl(owner.Environment, () => Saved);

        public string? Token => McpCredentials.Token(owner.Environment, () => Saved);
    }

    public Settings Resolve() => new(this);

    /// <summary>True when OPENTRAIN_PERSONAL_API_TOKEN is set (it wins over the saved token).</summary>
    public bool EnvironmentToken => process.GetEnv(McpCredentials.TokenVariable) is not null;

    /// <summary>A connection with the MCP precedence; fails before any request when a token is needed and missing.</summary>
    public ApiConnection Connect(bool requireToken)
    {
        var settings = Resolve();
        var url = settings.BaseUrl;
        var token = settings.Token;
        if (requireToken && token is null) throw new McpNotLoggedInException();
        return process.Connect(url, token);
    }

    public ApiConnection Connect(BaseUrl url, string? token) => process.Connect(url, token);

    /// <summary>The CLI's polling loop for a tool's <c>wait</c>, without the elapsed line or the watch of stdout.</summary>
    public WaitLoop Loop(WaitOptions options, string what) => new(process, options, what) { Quiet = true };
}
