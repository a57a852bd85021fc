using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Config;
using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;
using OpenTrain.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>
/// With <c>--json</c>, a failure also writes one JSON document to standard output: an API error's
/// envelope exactly as received, or, for a failure of our own, the same shape with our code
/// (<c>{"error","code","details"?,"hint"?}</c>). stderr and the exit code do not change.
/// </summary>
internal static class FailureJson
{
    /// <summary>True when argv asks for <c>--json</c> (before a <c>--</c> escape), read before the framework parses anything.</summary>
    public static bool Requested(IReadOnlyList<string> args)
    {
        foreach (var arg in args)
        {
            if (arg == "--") return false;
            if (arg == "--json") return true;
        }
        return false;
    }

    public static void Write(CommandContext run, Exception ex, bool interrupted)
    {
        // A body that began streaming cannot be followed by a second document; a closed stdout takes none.
        if (!(run.JsonRequested || run.Global.Json) || run.Terminal.JsonWritten || ex is OutputClosedException) return;
        try
        {
            JsonOutput.CopyIndented(new MemoryStream(Document(ex, interrupted, run.Command), writable: false), run.Terminal);
        }
        catch (OutputClosedException)
        {
            // stderr already carries the error, and the exit code stays the same.
        }
    }

    public static byte[] Document(Exception ex, bool interrupted, CommandInfo? command)
    {
        var api = ex switch
        {
            OperationFailedException failed => failed.Error,
            OpenTrainApiException error => error,
            _ => null,
        };
        if (!interrupted && api?.Body is { } body) return body;
        return JsonSerializer.SerializeToUtf8Bytes(Describe(ex, interrupted, command), OpenTrainJson.Context.CliFailure);
    }

    private static CliFailure Describe(Exception ex, bool interrupted, CommandInfo? command)
    {
        if (interrupted) return new("interrupted", "INTERRUPTED");
        if (ErrorRenderer.UsageMessage(ex, command) is { } usage)
            return new(usage, "USAGE_ERROR", Hint: command is null ? null : $"run 'opentrain {command.Path} --help' for its flags and an example");
        var message = SecretMask.Scrub(ex.Message);
        return ex switch
        {
            OperationFailedException failed => Api(failed.Error, failed.Hint),
            OpenTrainApiException api => Api(api, CommonHints.For(api)),
            NotLoggedInException => new(message, "NOT_LOGGED_IN", Hint: "opentrain auth register (new agent account) or opentrain auth login --api-key - (existing token)"),
            ConfigException => new(message, "CONFIG_ERROR"),
            MalformedJsonException => new(message, "INVALID_RESPONSE"),
            CliException cli => new(message, cli.Code),
            _ => new(message, "ERROR"),
        };
    }

    /// <summary>An API failure that has no envelope to pass on: no response, a non-JSON body, an unreadable one.</summary>
    private static CliFailure Api(OpenTrainApiException error, string? hint)
    {
        var message = SecretMask.Scrub(error.Message);
        if (error is OpenTrainNetworkException)
            return new(message, message.Contains("timed out", StringComparison.Ordinal) ? "TIMEOUT" : "NETWORK_ERROR", Hint: hint);
        var details = new JsonObject { ["status"] = error.Status };
        if (error.RetryAfter is { } wait) details["retryAfterSeconds"] = (int)Math.Ceiling(wait.TotalSeconds);
        return new(message, error.Code, details, hint);
    }
}
