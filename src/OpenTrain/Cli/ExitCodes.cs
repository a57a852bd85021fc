using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>The only exit codes opentrain uses (see docs/decisions.md).</summary>
internal static class ExitCodes
{
    /// <summary>Also a command ended because the reader of standard output went away (<c>| head</c>).</summary>
    public const int Success = 0;
    public const int Error = 1;
    public const int Interrupted = 130;
}
