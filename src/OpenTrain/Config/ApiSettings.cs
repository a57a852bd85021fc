namespace OpenTrain.Config;

/// <summary>
/// Resolves the token and base URL with the documented precedence:
/// token = (--api-key on auth login) → OT_API_TOKEN → OPENTRAIN_API_TOKEN → file;
/// base URL = --base-url → OT_API_BASE_URL → OPENTRAIN_API_BASE_URL → file → default.
/// </summary>
internal static class ApiSettings
{
    public static BaseUrl ResolveBaseUrl(string? flag, Func<string, string?> env, Credentials saved)
    {
        if (!string.IsNullOrEmpty(flag)) return BaseUrl.Parse(flag, "--base-url");
        if (NonEmpty(env(EnvironmentNames.OtBaseUrl)) is { } ot) return BaseUrl.Parse(ot, EnvironmentNames.OtBaseUrl);
        if (NonEmpty(env(EnvironmentNames.BaseUrl)) is { } ote) return BaseUrl.Parse(ote, EnvironmentNames.BaseUrl);
        if (saved.BaseUrl is { } file) return BaseUrl.Parse(file, "the credentials file");
        return BaseUrl.Parse(BaseUrl.Default, "the default");
    }

    public static string? ResolveToken(Func<string, string?> env, Credentials saved) =>
        NonEmpty(env(EnvironmentNames.OtToken)) ?? NonEmpty(env(EnvironmentNames.Token)) ?? saved.ApiToken;

    public static string RequireToken(Func<string, string?> env, Credentials saved) =>
        ResolveToken(env, saved) ?? throw new NotLoggedInException();

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
