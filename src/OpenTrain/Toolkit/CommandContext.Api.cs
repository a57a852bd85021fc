using OpenTrain.Config;
using OpenTrain.Http;

namespace OpenTrain.Toolkit;

internal sealed partial class CommandContext
{
    private CredentialsStore? credentials;

    /// <summary>The innermost HTTP handler for tests; null means real sockets.</summary>
    public Func<HttpMessageHandler>? Transport { get; init; }

    private Credentials? saved;

    public CredentialsStore Credentials => credentials ??= new CredentialsStore(CredentialsStore.DefaultPath(GetEnv), Terminal.Err);

    /// <summary>The credentials file as it was when this run first needed it (read once).</summary>
    public Credentials Saved => saved ??= Credentials.Read();

    /// <summary>The base URL this run talks to.</summary>
    public BaseUrl BaseUrl => ResolveBaseUrl(Saved);

    public BaseUrl ResolveBaseUrl(Credentials saved) => ApiSettings.ResolveBaseUrl(Global.BaseUrl, GetEnv, saved);

    /// <summary>
    /// The base URL a command would use now and where it comes from, for help (never fails). Help reads
    /// no file: without a flag or variable it names the default and that a saved login may override it.
    /// </summary>
    public string DescribeBaseUrl()
    {
        try
        {
            var url = ResolveBaseUrl(Config.Credentials.Empty).Text;
            return !string.IsNullOrEmpty(Global.BaseUrl) ? $"{url}, from --base-url"
                : GetEnv(EnvironmentNames.OtBaseUrl) is { Length: > 0 } ? $"{url}, from {EnvironmentNames.OtBaseUrl}"
                : GetEnv(EnvironmentNames.BaseUrl) is { Length: > 0 } ? $"{url}, from {EnvironmentNames.BaseUrl}"
                : $"{url}, the default, unless the credentials file saved another";
        }
        catch (ConfigException ex)
        {
            return $"cannot be read: {ex.Message}";
        }
    }

    /// <summary>A connection with the resolved base URL and token; fails before any request when a token is needed and missing.</summary>
    public ApiConnection Connect(bool requireToken = true)
    {
        var token = requireToken ? ApiSettings.RequireToken(GetEnv, Saved) : ApiSettings.ResolveToken(GetEnv, Saved);
        return Connect(BaseUrl, token);
    }

    public ApiConnection Connect(BaseUrl url, string? token) =>
        new(new OpenTrainClientOptions(url) { Token = token, Time = Time, Transport = Transport, DebugLog = DebugEnabled ? Terminal.Err : null });

    /// <summary><c>--debug</c>, or <c>OPENTRAIN_DEBUG</c> set to anything but <c>0</c>.</summary>
    private bool DebugEnabled => Global.Debug || GetEnv(EnvironmentNames.Debug) is { } value && value != "0";
}
