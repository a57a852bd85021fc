using System.Text;
using System.Text.Json;
using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

/// <summary>
/// <c>webhooks verify</c> (and the <c>opentrain_verify_webhook_signature</c> tool): the receiver's checks of
/// spec §2.6.6 on the exact payload bytes. Valid: exit 0; else exit 1 with why (the header's form, a mismatch,
/// or a stale timestamp), each with its own <c>--json</c> code.
/// </summary>
internal static class WebhooksVerifyCommand
{
    /// <summary>A delivery body is one event record (ids only): far below this; the cap keeps <c>/dev/zero</c> out of memory.</summary>
    public const int MaxPayloadBytes = 1024 * 1024;

    /// <summary>The checked arguments and the verdict (the payload is whatever was received).</summary>
    internal static (ValidSignature? Valid, SignatureProblem? Problem) Check(string? secret, string? signature, byte[] payload, long? now, long? tolerance,
        TimeProvider time, ArgumentNames names)
    {
        var key = WebhookSignature.Secret(secret, names["secret"]);
        var header = Header(signature, names);
        var window = WebhookSignature.Tolerance(tolerance, names["tolerance"]);
        return WebhookSignature.Check(key, header, payload, Now(now, time, names), window);
    }

    /// <summary>The arguments that need no input, checked before the payload is read (a usage error reads nothing).</summary>
    internal static void Validate(string? secret, string? signature, long? now, long? tolerance, ArgumentNames names)
    {
        WebhookSignature.Secret(secret, names["secret"]);
        Header(signature, names);
        WebhookSignature.Tolerance(tolerance, names["tolerance"]);
        Now(now, TimeProvider.System, names);
    }

    private static string Header(string? signature, ArgumentNames names) => CommandArgs.Require(signature, names["signature"]).Trim();

    private static long Now(long? now, TimeProvider time, ArgumentNames names) =>
        now is < 0 ? throw new UsageException($"{names["now"]} must be unix seconds (0 or more), got {now}") : now ?? time.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>The payload's exact bytes: a file, or standard input for <c>-</c> or no path (no newline is added or dropped).</summary>
    internal static async Task<byte[]> PayloadAsync(string? path, TextReader stdin, CancellationToken cancellationToken)
    {
        if (path is { Length: 0 }) throw new UsageException("--payload-file needs a path ('-' reads standard input)");
        if (path is null or TextInput.StandardInput)
        {
            // The raw stream behind the reader, untouched: a byte-order mark or invalid UTF-8 is part of what was signed.
            if (stdin is StreamReader { BaseStream: { CanRead: true } raw }) return await ReadCappedAsync(raw, "standard input", cancellationToken);
            var text = await stdin.ReadToEndAsync(cancellationToken).WaitAsync(cancellationToken);
            return Encoding.UTF8.GetBytes(text);
        }
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            return await ReadCappedAsync(file, $"--payload-file '{path}'", cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var why = ex switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
                _ when Directory.Exists(path) => "it is a directory",
                _ => ExceptionText.Describe(ex),
            };
            throw new CliException($"cannot read --payload-file '{path}': {why}");
        }
    }

    private static async Task<byte[]> ReadCappedAsync(Stream input, string what, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxPayloadBytes + 1];
        int total = 0, read;
        // Reads of standard input ignore cancellation on Linux: WaitAsync lets Ctrl-C end the wait.
        while (total < buffer.Length && (read = await input.ReadAsync(buffer.AsMemory(total), cancellationToken).AsTask().WaitAsync(cancellationToken)) > 0) total += read;
        if (total > MaxPayloadBytes) throw new CliException($"cannot read {what}: it is larger than the 1 MiB limit");
        return buffer[..total];
    }

    internal static string Summary(ValidSignature valid) =>
        $"Valid signature: t={valid.Timestamp} ({(valid.AgeSeconds >= 0 ? $"{valid.AgeSeconds} s old" : $"{-valid.AgeSeconds} s in the future")}), and v1 is the HMAC-SHA256 of the payload with this secret.";

    /// <summary><c>{"valid":true,"timestamp":…,"ageSeconds":…}</c>.</summary>
    internal static byte[] Json(ValidSignature valid) =>
        JsonSerializer.SerializeToUtf8Bytes(new SignatureVerified(true, valid.Timestamp, valid.AgeSeconds), OpenTrainJson.Context.SignatureVerified);

    internal static string Message(SignatureProblem problem) => $"invalid signature: {problem.Reason}";

    /// <summary>Prints the verdict; an invalid signature is an error (exit 1) with its code.</summary>
    internal static void Report(CommandContext context, (ValidSignature? Valid, SignatureProblem? Problem) verdict)
    {
        if (verdict.Valid is not { } valid) throw new CliException(Message(verdict.Problem!)) { Code = verdict.Problem!.Code };
        if (context.Global.Json) JsonOutput.CopyIndented(new MemoryStream(Json(valid), writable: false), context.Terminal);
        else context.Terminal.Out.WriteLine(Summary(valid));
    }
}
