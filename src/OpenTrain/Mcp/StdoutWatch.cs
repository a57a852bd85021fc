using System.Runtime.InteropServices;

namespace OpenTrain.Mcp;

/// <summary>
/// Notices that the client stopped reading the process's standard output (closed its end of the pipe
/// or socket, or died while keeping our stdin open). .NET's console stream swallows <c>EPIPE</c>
/// (writes to a pipe nobody reads "succeed"), so a write never tells; instead a background thread
/// waits in <c>poll(2)</c> on descriptor 1 for <c>POLLERR</c>/<c>POLLHUP</c>/<c>POLLNVAL</c>, which the
/// kernel reports the moment the reading end goes away, without any request or write. Linux and macOS
/// only (elsewhere, and in-process, the server ends at end of input as before).
/// </summary>
internal sealed class StdoutWatch : IDisposable
{
    private const int StdoutDescriptor = 1;
    private const short PollErr = 0x08;
    private const short PollHup = 0x10;
    private const short PollNval = 0x20;
    private readonly TaskCompletionSource gone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool disposed;

    private StdoutWatch()
    {
    }

    /// <summary>Completes when the reader of standard output has gone away.</summary>
    public Task Gone => gone.Task;

    /// <summary>A watch on the process's standard output, or <c>null</c> where there is none to watch.</summary>
    public static StdoutWatch? Start()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())) return null;
        var watch = new StdoutWatch();
        var thread = new Thread(watch.Run) { IsBackground = true, Name = "mcp stdout watch" };
        thread.Start();
        return watch;
    }

    private void Run()
    {
        try
        {
            var descriptor = new PollDescriptor { Descriptor = StdoutDescriptor, Events = 0 };
            while (!disposed)
            {
                // Events = 0: only the conditions poll always reports (error, hang-up, invalid descriptor).
                descriptor.ReturnedEvents = 0;
                var ready = Poll(ref descriptor, 1, 1000);
                if (ready > 0 && (descriptor.ReturnedEvents & (PollErr | PollHup | PollNval)) != 0)
                {
                    gone.TrySetResult();
                    return;
                }
                // ready < 0 is EINTR (or no such call): try again; 0 is the timeout.
                if (ready < 0) Thread.Sleep(100);
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc poll here: the server still ends at end of input.
        }
    }

    public void Dispose() => disposed = true;

    [StructLayout(LayoutKind.Sequential)]
    private struct PollDescriptor
    {
        public int Descriptor;
        public short Events;
        public short ReturnedEvents;
    }

    [DllImport("libc", EntryPoint = "poll")]
    private static extern int Poll(ref PollDescriptor descriptors, nuint count, int timeoutMilliseconds);
}
