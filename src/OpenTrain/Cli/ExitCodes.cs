using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>The only exit codes opentrain uses (see docs/decisions.md).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Error = 1;
    public const int Interrupted = 130;
}
