using System.Runtime.InteropServices;
using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>
/// Standard output on Linux and macOS, and the watch on its reader (issue #24).
/// .NET's console stream pretends a write to a pipe whose reader went away succeeded (it swallows
/// EPIPE), so <c>opentrain … --json | head -c 10</c> on an endless body and a <c>--follow</c> piped
/// into <c>head -n 1</c> never ended. Here stdout is written with <c>write(2)</c>: EPIPE becomes
/// <see cref="OutputClosedException"/> with <see cref="OutputClosedException.ReaderGone"/> set (the
/// command ends quietly with exit 0), any other failure an <see cref="IOException"/> (exit 1).
/// <see cref="Watch"/> notices the reader leaving while nothing is being written (a follower or a
/// wait between polls): <c>poll()</c> on descriptor 1 reports POLLERR (Linux, a pipe) or POLLHUP
/// (a socket; macOS) once the other end is closed. No reflection: plain P/Invokes, AOT-safe.
/// </summary>
internal static class UnixStandardOutput
{
    private const int Stdout = 1;
    private const short PollOut = 0x4, PollErr = 0x8, PollHup = 0x10, PollNval = 0x20;
    private const int EIntr = 4, EBadf = 9, EPipe = 32, ESPipe = 29;
    private const int SeekCur = 1;
    private static int EAgain => OperatingSystem.IsLinux() ? 11 : 35;

    /// <summary>
    /// Descriptor 1 as a stream, or null when it is closed. Called before the other standard streams
    /// are opened (opening one duplicates its descriptor into the lowest free number). Under
    /// <c>&gt;&amp;-</c> number 1 is then usually still free (libc is linked directly, so no library
    /// loader has opened <c>/dev/urandom</c> into it yet); if the runtime has reused it, the first write
    /// fails with EBADF instead. Either way: exit 1, "it is closed or not open for writing".
    /// </summary>
    public static Stream? Open()
    {
        var probe = new PollFd { Fd = Stdout };
        return poll(ref probe, 1, 0) == 1 && (probe.Revents & PollNval) != 0 ? null : new OutputStream();
    }

    /// <summary>
    /// Starts a background thread that calls <paramref name="gone"/> (on the thread pool) once the
    /// reader of standard output has gone away. Only a pipe or a socket has a reader that can leave:
    /// for a regular file, a device or a terminal nothing is started.
    /// </summary>
    public static void Watch(Action gone)
    {
        if (!IsPipeOrSocket()) return;
        var thread = new Thread(() =>
        {
            if (WaitForReaderToLeave()) ThreadPool.UnsafeQueueUserWorkItem(static g => g(), gone, preferLocal: false);
        })
        {
            IsBackground = true,
            Name = "stdout reader watch",
        };
        thread.UnsafeStart();
    }

    /// <summary>A pipe, a FIFO or a socket cannot seek (a terminal cannot either; <see cref="Console.IsOutputRedirected"/> tells it apart).</summary>
    private static bool IsPipeOrSocket() =>
        Console.IsOutputRedirected && lseek(Stdout, 0, SeekCur) == -1 && Marshal.GetLastPInvokeError() == ESPipe;

    /// <summary>Blocks until descriptor 1 reports an error or a hang-up (true), or cannot be watched (false).</summary>
    private static bool WaitForReaderToLeave()
    {
        while (true)
        {
            // POLLHUP asked for explicitly: Linux always reports it, macOS's poll() registers a read
            // filter for it, which fires when the other end of the pipe is closed.
            var watch = new PollFd { Fd = Stdout, Events = PollHup };
            if (poll(ref watch, 1, -1) < 0)
            {
                if (Marshal.GetLastPInvokeError() == EIntr) continue;
                return false;
            }
            if ((watch.Revents & PollNval) != 0) return false;
            if ((watch.Revents & (PollErr | PollHup)) != 0) return true;
        }
    }

    private sealed class OutputStream : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (!buffer.IsEmpty)
            {
                var written = write(Stdout, ref MemoryMarshal.GetReference(buffer), (nuint)buffer.Length);
                if (written >= 0)
                {
                    buffer = buffer[(int)written..];
                    continue;
                }
                var errno = Marshal.GetLastPInvokeError();
                if (errno == EIntr) continue;
                if (errno == EPipe) throw new OutputClosedException(new IOException(Marshal.GetPInvokeErrorMessage(errno), errno), readerGone: true);
                if (errno == EAgain)
                {
                    // A descriptor a parent made non-blocking: wait until it takes more (as .NET's console stream does).
                    var ready = new PollFd { Fd = Stdout, Events = PollOut };
                    _ = poll(ref ready, 1, -1);
                    continue;
                }
                throw new IOException(errno == EBadf ? "it is closed or not open for writing" : Marshal.GetPInvokeErrorMessage(errno), errno);
            }
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    // nfds_t is unsigned long on Linux and unsigned int on macOS: a 64-bit argument serves both (LP64 registers).
    [DllImport("libc", SetLastError = true)]
    private static extern int poll(ref PollFd fds, nuint nfds, int timeout);

    [DllImport("libc", SetLastError = true)]
    private static extern nint write(int fd, ref byte buffer, nuint count);

    [DllImport("libc", SetLastError = true)]
    private static extern long lseek(int fd, long offset, int whence);
}
