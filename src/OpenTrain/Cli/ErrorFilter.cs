using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>
/// The one place where failures become output and exit codes: usage errors and API errors are
/// rendered to stderr (never a stack trace), cancellation exits 130. The command's token is also
/// cancelled when the reader of standard output goes away (<see cref="Terminal.OutputGone"/>),
/// which ends the command quietly with exit 0.
/// </summary>
internal sealed class ErrorFilter(ConsoleAppFilter next) : ConsoleAppFilter(next)
{
    public override async Task InvokeAsync(ConsoleAppContext context, CancellationToken cancellationToken)
    {
        var run = CommandContext.Current;
        run.Global = context.GlobalOptions as GlobalOptions ?? GlobalOptions.None;
        using var command = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, run.Terminal.OutputGone);
        try
        {
            await Next.InvokeAsync(context, command.Token);
        }
        catch (Exception ex)
        {
            run.ExitCode = ErrorRenderer.Report(ex, run, cancellationToken);
        }
        finally
        {
            InterruptGuard.CommandEnded(run.ExitCode);
        }
    }
}
