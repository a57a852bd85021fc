using OpenTrain.Cli;

namespace OpenTrain.Config;

/// <summary>Where a setting came from, for messages and tests.</summary>
internal enum SettingSource { Flag, OtEnvironment, OpenTrainEnvironment, CredentialsFile, Default }

/// <summary>
/// Resolves the token and base URL with the documented precedence:
/// token = (--api-key on auth login) → OT_API_TOKEN → OPENTRAIN_API_TOKEN → file;
/// base URL = --base-url → OT_API_BASE_URL → OPENTRAIN_API_BASE_URL → file → default.
/// </summary>
internal static class ApiSettings
{
    public static (BaseUrl Url, SettingSource Source) ResolveBaseUrl(string? flag, Func<string, string?> env, Credentials saved)
    {
        if (!string.IsNullOrEmpty(flag)) return (BaseUrl.Parse(flag, "--base-url"), SettingSource.Flag);
        if (NonEmpty(env("OT_API_BASE_URL")) is { } ot) return (BaseUrl.Parse(ot, "OT_API_BASE_URL"), SettingSource.OtEnvironment);
        if (NonEmpty(env("OPENTRAIN_API_BASE_URL")) is { } ote) return (BaseUrl.Parse(ote, "OPENTRAIN_API_BASE_URL"), SettingSource.OpenTrainEnvironment);
        if (saved.BaseUrl is { } file) return (BaseUrl.Parse(file, "the credentials file"), SettingSource.CredentialsFile);
        return (BaseUrl.Parse(BaseUrl.Default, "the default"), SettingSource.Default);
    }

    public static (string? Token, SettingSource Source) ResolveToken(Func<string, string?> env, Credentials saved)
    {
        if (NonEmpty(env("OT_API_TOKEN")) is { } ot) return (ot, SettingSource.OtEnvironment);
        if (NonEmpty(env("OPENTRAIN_API_TOKEN")) is { } ote) return (ote, SettingSource.OpenTrainEnvironment);
        return (saved.ApiToken, saved.ApiToken is null ? SettingSource.Default : SettingSource.CredentialsFile);
    }

    public static string RequireToken(Func<string, string?> env, Credentials saved) =>
        ResolveToken(env, saved).Token ?? throw new CliException(
            "Not logged in: no API token found. Run 'opentrain auth register' to create an agent account, " +
            "'opentrain auth login --api-key <token>' to use an existing token, or set OT_API_TOKEN.");

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
