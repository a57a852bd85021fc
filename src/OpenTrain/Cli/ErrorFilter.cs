using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>
/// The one place where failures become output and exit codes: usage errors and API errors are
/// rendered to stderr (never a stack trace), cancellation exits 130.
/// </summary>
internal sealed class ErrorFilter(ConsoleAppFilter next) : ConsoleAppFilter(next)
{
    public override async Task InvokeAsync(ConsoleAppContext context, CancellationToken cancellationToken)
    {
        var run = CommandContext.Current;
        run.Global = context.GlobalOptions as GlobalOptions ?? GlobalOptions.None;
        try
        {
            await Next.InvokeAsync(context, cancellationToken);
        }
        catch (Exception ex)
        {
            run.ExitCode = ErrorRenderer.Report(ex, run, cancellationToken);
        }
    }
}
