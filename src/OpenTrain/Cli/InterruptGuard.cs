using System.Runtime.InteropServices;

namespace OpenTrain.Cli;

/// <summary>
/// How the real process ends after Ctrl-C (SIGINT, SIGTERM, SIGQUIT): the first signal cancels the command
/// (the framework's handler, or the MCP server's) and the process exits at most <see cref="Grace"/> later,
/// 130; every later signal is swallowed. The process also ends where the command ends, so the framework
/// never disposes its signal handler while a signal may still be dispatched to it.
/// Without this a second Ctrl-C milliseconds after the first killed the process by the signal (the
/// framework had already dropped its registration) or crashed it with a stack trace (its handler cancelled
/// a token source it had just disposed). Installed by the real program only: in-process hosts (tests) keep
/// their own signal handling and the framework's timeout.
/// </summary>
internal static class InterruptGuard
{
    /// <summary>How long an interrupted command may take to stop: a stalled read must not hold the user.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(250);

    private static PosixSignalRegistration[]? registrations;
    private static Action<int>? exitProcess;
    private static int interrupted;

    public static bool Installed => registrations is not null;

    /// <param name="exit">Flushes what the command wrote and ends the process with the code.</param>
    public static void Install(Action<int> exit)
    {
        if (Installed) return;
        exitProcess = exit;
        // Kept for the whole process, so a signal always finds a handler that is alive.
        registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGQUIT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    /// <summary>The command has ended (its exit code is set): end the process now, before the framework tears down.</summary>
    public static void CommandEnded(int exitCode) => exitProcess?.Invoke(exitCode);

    private static void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Interlocked.Exchange(ref interrupted, 1) == 1) return;
        // A thread of its own: the thread pool may be what the stuck command is starving.
        new Thread(static () =>
        {
            Thread.Sleep(Grace);
            exitProcess!(ExitCodes.Interrupted);
        }) { IsBackground = true, Name = "interrupt grace" }.Start();
    }
}
