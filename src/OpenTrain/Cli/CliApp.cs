using OpenTrain.Toolkit;
using OpenTrain.Commands;

namespace OpenTrain.Cli;

/// <summary>
/// Runs one invocation: normalises argv, answers help/version/namespace listings and unknown
/// commands itself (the framework would print its root help and exit 0), then hands the command
/// to ConsoleAppFramework with our error filter installed.
/// </summary>
internal static class CliApp
{
    static CliApp()
    {
        ConsoleApp.ServiceProvider = new ContextServiceProvider();
        // After Ctrl-C the command gets this long to stop, then the process exits 130: a stalled read (network
        // body, stdin, the credentials lock) must not hold the user. The real process bounds it itself.
        ConsoleApp.Timeout = InterruptGuard.Installed ? Timeout.InfiniteTimeSpan : InterruptGuard.Grace;
        ConsoleApp.Log = static message => CommandContext.Current.LogWriter.WriteLine(message);
        // The framework reports global-option parse failures here, before any filter runs.
        ConsoleApp.LogError = static message =>
        {
            var run = CommandContext.Current;
            var firstLine = message.Split('\n')[0].TrimEnd('\r');
            run.ExitCode = ErrorRenderer.Report(new UsageException(ParseFailure.Describe(firstLine, run.Command)), run, CancellationToken.None);
        };
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> argv, CommandContext context, CancellationToken cancellationToken = default)
    {
        CommandContext.SetCurrent(context);
        var args = ArgumentNormalizer.Normalize(argv);
        context.JsonRequested = FailureJson.Requested(args);
        if (args is ["mcp", ..] or ["help", "mcp"]) return await McpCommand.RunAsync(args[0] == "help" ? ["mcp", "--help"] : args, context, cancellationToken);
        var output = context.Terminal.Out;

        if (args.Length == 0 || (args.Length == 1 && args[0] is "help" or "--help" or "-h") || args is ["help", "help" or "--help" or "-h"])
        {
            output.Write(HelpText.Root(context.DescribeBaseUrl()));
            return ExitCodes.Success;
        }
        if (args is ["help", var topic] && HelpTopics.Find(topic) is { } topicText)
        {
            output.Write(topicText);
            return ExitCodes.Success;
        }
        if (args[0] == "help") args = [.. args[1..], "--help"];
        if (args[0] is "version" or "--version") return VersionCommand.Run(args[1..], context);
        if (args[0] == "completion") return Completion.CompletionCommand.Run(args[1..], context);

        var words = args.TakeWhile(a => !a.StartsWith('-')).ToList();
        var command = CommandTable.Match(words);
        if (command is null)
        {
            if (CommandTable.IsNamespace(words))
            {
                output.Write(HelpText.Namespace(string.Join(' ', words), context.DescribeBaseUrl()));
                return ExitCodes.Success;
            }
            return UnknownCommand(context, words, args);
        }
        context.Command = command;

        if (WantsHelp(args))
        {
            output.Write(HelpText.Command(command, context.DescribeBaseUrl()));
            return ExitCodes.Success;
        }

        if (RequiredFlags.Missing(command, args) is { } missing) return ErrorRenderer.Report(missing, context, CancellationToken.None);
        context.Command = command;
        await Build().RunAsync(args, disposeServiceProvider: false, cancellationToken);
        return context.ExitCode;
    }

    private static int UnknownCommand(CommandContext context, List<string> words, string[] args)
    {
        if (words.Count == 0)
        {
            return ErrorRenderer.Report(new UsageException(
                $"unknown flag '{args[0]}'. Run 'opentrain help' to list commands.{Spelling.DidYouMean(Suggestions.Flags(null, args[0]))}"), context, CancellationToken.None);
        }
        var known = words.Count - 1;
        while (known > 0 && !CommandTable.IsNamespace(words.Take(known).ToList())) known--;
        var hint = known > 0
            ? $"Run 'opentrain {string.Join(' ', words.Take(known))}' to list its commands."
            : "Run 'opentrain help' to list commands.";
        // Name the command up to the first word that is not one: later words are its arguments.
        var suggestion = Spelling.DidYouMean(Suggestions.Commands(words), "opentrain ");
        return ErrorRenderer.Report(new UsageException($"unknown command '{string.Join(' ', words.Take(known + 1))}'. {hint}{suggestion}"), context, CancellationToken.None);
    }

    private static bool WantsHelp(string[] args)
    {
        foreach (var arg in args)
        {
            if (arg == "--") return false;
            if (arg is "-h" or "--help") return true;
        }
        return false;
    }

    /// <summary>
    /// Runs the framework for its own help text and returns what it printed. Only tests call this: the
    /// framework's help is the oracle that the generated command table parses like the framework does.
    /// </summary>
    internal static string Capture(string[] args)
    {
        var run = CommandContext.Current;
        var previous = run.LogWriter;
        using var buffer = new StringWriter { NewLine = "\n" };
        run.LogWriter = buffer;
        try
        {
            Build().Run(args, disposeServiceProvider: false);
        }
        finally
        {
            run.LogWriter = previous;
        }
        return buffer.ToString();
    }

    private static ConsoleApp.ConsoleAppBuilder Build()
    {
        var app = ConsoleApp.Create();
        app.ConfigureGlobalOptions((ref ConsoleApp.GlobalOptionsBuilder options) => new GlobalOptions(
            options.AddGlobalOption<bool>(GlobalFlags.Json, GlobalFlags.JsonDescription),
            options.AddGlobalOption<string?>(GlobalFlags.BaseUrl, GlobalFlags.BaseUrlDescription, null),
            options.AddGlobalOption<bool>(GlobalFlags.Debug, GlobalFlags.DebugDescription)));
        app.UseFilter<ErrorFilter>();
        return app;
    }
}
