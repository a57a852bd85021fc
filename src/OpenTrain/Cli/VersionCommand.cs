using System.Runtime.InteropServices;
using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>
/// <c>opentrain version [--json]</c>, answered by the router like <c>completion</c>: no request, no
/// file, no framework run. <c>--version</c> (the sole argument) stays the bare version line.
/// </summary>
internal static class VersionCommand
{
    public const string Help =
        "Usage: opentrain version [--json]\n\n" +
        "Print the version of opentrain (the same line as 'opentrain --version').\n\n" +
        "Options:\n" +
        "  --json       Print {\"version\", \"platform\"}: the version and the platform the\n" +
        "               binary was built for (a .NET runtime identifier, e.g. linux-x64).\n" +
        "  -h, --help   Show this help.\n\n" +
        "Requirements:\n" +
        "  Endpoint:         none (no request is sent)\n\n" +
        "Example:\n" +
        "  opentrain version --json\n";

    /// <param name="args">The arguments after <c>version</c>.</param>
    public static int Run(IReadOnlyList<string> args, CommandContext context)
    {
        var terminal = context.Terminal;
        if (args.Any(a => a is "--help" or "-h"))
        {
            terminal.Out.Write(Help);
            return ExitCodes.Success;
        }
        if (args.FirstOrDefault(a => !a.Equals("--json", StringComparison.OrdinalIgnoreCase)) is { } extra)
        {
            var what = extra.StartsWith('-') ? "flag" : "argument";
            return ErrorRenderer.Report(new UsageException($"unknown {what} '{extra}': 'opentrain version' takes only --json. Run 'opentrain version --help'."),
                context, CancellationToken.None);
        }
        if (context.JsonRequested) context.WriteJson(new VersionResult(BuildInfo.Version, RuntimeInformation.RuntimeIdentifier), OpenTrainJson.Context.VersionResult);
        else terminal.Out.WriteLine(BuildInfo.Version);
        return ExitCodes.Success;
    }
}
