using System.Text;
using OpenTrain.Config;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

/// <summary>
/// Signing secrets kept by <c>webhooks create --save-secret</c> (the API returns one only at create), for
/// <c>webhooks listen|trigger --webhook-id</c>: one file per webhook and API origin in <c>webhook-secrets/</c>
/// beside <c>cli.json</c> (folder 0700, file 0600, created whole and never rewritten: a webhook's secret
/// never changes), holding the secret and nothing else. Nothing ever prints it again.
/// </summary>
internal sealed class WebhookSecretStore(string folder)
{
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public string Folder { get; } = folder;

    public static WebhookSecretStore For(CommandContext context) =>
        new(Path.Combine(Path.GetDirectoryName(context.Credentials.Path)!, "webhook-secrets"));

    /// <summary>
    /// <c>&lt;webhook-id&gt;@&lt;host&gt;[_&lt;port&gt;]</c>: readable, and the same id on two origins (a sandbox, production)
    /// never collides. Null for an id that cannot name a file (letters, digits, <c>_ - .</c> only).
    /// </summary>
    public string? PathFor(BaseUrl url, string webhookId)
    {
        if (webhookId.Length is 0 or > 128 || webhookId[0] == '.' || !Chars.All(webhookId, c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')) return null;
        var host = Chars.Map(url.Uri.IdnHost.ToLowerInvariant(), c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c.ToString() : "_");
        return Path.Combine(Folder, $"{webhookId}@{host}{(url.Uri.IsDefaultPort ? "" : "_" + url.Uri.Port)}");
    }

    public void Save(BaseUrl url, string webhookId, string secret)
    {
        var path = PathFor(url, webhookId) ?? throw new CliException($"webhook id '{webhookId}' cannot name a file (letters, digits, '_', '-' and '.' only)");
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(Folder);
        else Directory.CreateDirectory(Folder, PrivateFile | UnixFileMode.UserExecute);
        // A new file or nothing: O_EXCL never follows a link and never writes over another secret.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.WriteThrough };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = PrivateFile;
        using var stream = new FileStream(path, options);
        stream.Write(Encoding.UTF8.GetBytes(secret + "\n"));
    }

    /// <summary>The saved secret, or null when there is none.</summary>
    public string? Read(BaseUrl url, string webhookId)
    {
        if (PathFor(url, webhookId) is not { } path) return null;
        try
        {
            var secret = File.ReadAllText(path).Trim();
            return secret.StartsWith(WebhookSignature.SecretPrefix, StringComparison.Ordinal) ? secret
                : throw new CliException($"{path} does not hold a webhook signing secret (whsec_…); remove it");
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read the saved secret {path}: {ExceptionText.Describe(ex)}");
        }
    }

    /// <summary>Removes the saved secret (the webhook is gone); false when none was saved.</summary>
    public bool Forget(BaseUrl url, string webhookId)
    {
        if (PathFor(url, webhookId) is not { } path || !File.Exists(path)) return false;
        File.Delete(path);
        return true;
    }
}
