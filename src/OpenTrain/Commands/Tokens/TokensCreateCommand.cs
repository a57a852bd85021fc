using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Config;
using OpenTrain.Generated;
using OpenTrain.Http;
using OpenTrain.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Tokens;

/// <summary>
/// Where a new token's secret goes: the credentials file (log in with it) and/or a new 0600 file. The API
/// returns it once and the CLI never prints it (every output shows its mask), so one of the two is required.
/// </summary>
/// <see cref="OverriddenBy"/>: the environment variable whose token later calls use instead of a saved one.
internal sealed record SecretKeeping(CredentialsStore? LogInWith, BaseUrl Url, string? SecretFile, string? OverriddenBy);

internal static class TokensCreateCommand
{
    private const int MaxNameLength = 120;
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(3650);

    /// <summary>The <c>POST /tokens</c> body: <c>name</c>, <c>scopes</c> and, with a lifetime, <c>expiresAt</c>.</summary>
    internal static JsonObject Request(string? name, IEnumerable<string> scopes, string? expiresIn, DateTimeOffset now, ArgumentNames names)
    {
        var label = CommandArgs.Require(name, names["name"]).Trim();
        if (label.Length is 0 or > MaxNameLength) throw new UsageException($"{names["name"]} takes 1 to {MaxNameLength} characters, got {label.Length}");
        var chosen = AllowedValues.AtLeastOne(scopes, names["scope"], "scope", AgentScopes.All);
        var body = new JsonObject { ["name"] = label, ["scopes"] = new JsonArray([.. chosen.Select(s => (JsonNode?)s)]) };
        if (expiresIn is not null) body["expiresAt"] = ExpiresAt(expiresIn, now, names["expiresIn"]);
        return body;
    }

    /// <summary><c>90d</c>, <c>12h</c>, <c>2w</c> from now, as the API's ISO time.</summary>
    private static string ExpiresAt(string expiresIn, DateTimeOffset now, string name)
    {
        var text = expiresIn.Trim();
        var unit = text.Length > 1 ? text[^1] switch { 'h' => TimeSpan.FromHours(1), 'd' => TimeSpan.FromDays(1), 'w' => TimeSpan.FromDays(7), _ => TimeSpan.Zero } : TimeSpan.Zero;
        var lifetime = unit > TimeSpan.Zero && text.Length <= 6 && int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? unit * n
            : TimeSpan.Zero;
        if (lifetime <= TimeSpan.Zero || lifetime > MaxLifetime)
            throw new UsageException($"{name} takes a lifetime such as 12h, 90d or 2w (at most 3650d), got '{expiresIn}'");
        return (now + lifetime).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>The secret must land somewhere before the token is minted: a path that exists is refused (never overwritten, links never followed).</summary>
    internal static SecretKeeping Keeping(bool save, string? secretFile, CredentialsStore store, BaseUrl url, string? overriddenBy, ArgumentNames names)
    {
        if (!save && secretFile is null)
            throw new UsageException($"give {names["save"]} (log in with the new token) or {names["secretFile"]} <path> (write it to a new file): " +
                "the API returns the secret once and it is never printed");
        if (secretFile is { Length: 0 }) throw new UsageException($"{names["secretFile"]} needs a path");
        if (secretFile is not null && (Path.Exists(secretFile) || new FileInfo(secretFile).LinkTarget is not null))
            throw new UsageException($"{names["secretFile"]} {secretFile} already exists: give a new path (the secret is never written over a file)");
        return new SecretKeeping(save ? store : null, url, secretFile, overriddenBy);
    }

    // The response is read as JSON, not a contract: the renderer needs four fields, --json and MCP get the (masked) body.
    internal static ApiOperation<JsonElement> Operation(JsonObject request, SecretKeeping keeping) =>
        new(ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Public}/tokens", request, OpenTrainJson.Context.JsonObject).Returning<JsonElement>(),
            (created, output) => Write(created, keeping, output))
        {
            After = (_, created, _) => Keep(created, keeping),
            Shown = body => JsonSecretField.Replace(body, "token", SecretMask.Mask),
            Hints = [ex => ex.Status == 403 ? $"a token can only carry scopes the token that creates it has ('{new ShellCommand("opentrain auth status")}' lists them)." : null],
        };

    private static Task Keep(JsonElement created, SecretKeeping keeping)
    {
        var secret = Text(created, "token") is { Length: > 0 } t ? t : throw CliException.InvalidResponse("the response has no token");
        if (keeping.SecretFile is { } path)
        {
            try
            {
                WriteNewPrivateFile(path, secret);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"token {Text(Metadata(created), "id")} was created but its secret could not be written to {path} ({ex.Message}); " +
                    "the secret is shown nowhere else: revoke that token and create another");
            }
        }
        keeping.LogInWith?.SaveApiToken(secret, keeping.Url);
        return Task.CompletedTask;
    }

    private static void WriteNewPrivateFile(string path, string secret)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var file = new FileStream(path, options);
        file.Write(System.Text.Encoding.UTF8.GetBytes(secret));
        file.Flush(flushToDisk: true);
    }

    private static void Write(JsonElement created, SecretKeeping keeping, TextWriter output)
    {
        var token = Metadata(created);
        var name = Text(token, "name");
        output.WriteLine($"Created token {Text(token, "id")}{(name is not null ? $" \"{name}\"" : "")} ({Text(token, "preview") ?? SecretMask.Mask(Text(created, "token"))}).");
        var scopes = token.ValueKind == JsonValueKind.Object && token.TryGetProperty("scopes", out var list) && list.ValueKind == JsonValueKind.Array
            ? string.Join(' ', JsonItems.Strings(list))
            : null;
        new KeyValueBlock()
            .Add("Scopes", scopes)
            .Add("Expires", Text(token, "expiresAt") ?? "never")
            .Add("Secret", keeping.SecretFile is { } path ? $"written to {path} (mode 0600); it is never printed" : "kept only in the credentials file; it is never printed")
            .Add("Logged in", keeping.LogInWith is not { } store ? null
                : keeping.OverriddenBy is { } variable ? $"saved to {store.Path}, but {variable} is set and wins: unset it to use the new token"
                : $"yes: later commands use this token (saved to {store.Path})")
            .WriteTo(output, "  ");
    }

    private static JsonElement Metadata(JsonElement created) =>
        created.ValueKind == JsonValueKind.Object && created.TryGetProperty("metadata", out var metadata) ? metadata : default;

    private static string? Text(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;
}
