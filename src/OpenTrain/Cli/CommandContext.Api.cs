using OpenTrain.Config;
using OpenTrain.Http;

namespace OpenTrain.Cli;

internal sealed partial class CommandContext
{
    private CredentialsStore? credentials;

    /// <summary>The innermost HTTP handler for tests; null means real sockets.</summary>
    public Func<HttpMessageHandler>? Transport { get; init; }

    public CredentialsStore Credentials => credentials ??= new CredentialsStore(CredentialsStore.DefaultPath(GetEnv), Terminal.Err);

    public BaseUrl ResolveBaseUrl(Credentials saved) => ApiSettings.ResolveBaseUrl(Global.BaseUrl, GetEnv, saved);

    /// <summary>A connection with the resolved base URL and token; fails before any request when a token is needed and missing.</summary>
    public ApiConnection Connect(bool requireToken = true)
    {
        var saved = Credentials.Read();
        var url = ResolveBaseUrl(saved);
        var token = requireToken ? ApiSettings.RequireToken(GetEnv, saved) : ApiSettings.ResolveToken(GetEnv, saved);
        return Connect(url, token);
    }

    public ApiConnection Connect(BaseUrl url, string? token) =>
        new(new OpenTrainClientOptions(url) { Token = token, Time = Time, Transport = Transport });
}
