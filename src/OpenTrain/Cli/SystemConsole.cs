namespace OpenTrain.Cli;

/// <summary>The real process streams, the only place that reads <see cref="Console"/>.</summary>
internal static class SystemConsole
{
    public static Terminal CreateTerminal(Func<string, string?> env)
    {
        var utf8 = new System.Text.UTF8Encoding(false);
        // Opening a standard stream duplicates its descriptor, and a duplicate takes the lowest free
        // number: opened in the order 0, 2, 1, a closed stdin or stderr is never replaced by a copy of stdout.
        var stdin = new StreamReader(Open(Console.OpenStandardInput, Stream.Null), utf8);
        var stderr = new StreamWriter(Open(Console.OpenStandardError, Stream.Null), utf8) { AutoFlush = true, NewLine = "\n" };
        var stdoutStream = Open(Console.OpenStandardOutput, new ClosedStream());
        var stdout = new StreamWriter(stdoutStream, utf8) { AutoFlush = true, NewLine = "\n" };
        return new Terminal(stdout, stderr, stdin,
            isStdoutTty: !Console.IsOutputRedirected,
            isStderrTty: !Console.IsErrorRedirected,
            noColor: !string.IsNullOrEmpty(env(Config.EnvironmentNames.NoColor)),
            outputStream: stdoutStream,
            width: Width());
    }

    private static int Width()
    {
        try
        {
            return !Console.IsOutputRedirected && Console.WindowWidth is > 20 and var columns ? columns : 80;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or PlatformNotSupportedException)
        {
            return 80;
        }
    }

    /// <summary>A stream the parent closed (<c>&gt;&amp;-</c>) cannot even be opened: stand in for it instead of crashing.</summary>
    private static Stream Open(Func<Stream> open, Stream whenClosed)
    {
        try
        {
            return open();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return whenClosed;
        }
    }

    /// <summary>Standard output that was closed before we started: every write fails, as it would on the real descriptor.</summary>
    private sealed class ClosedStream : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => 0;
        public override long Position { get => 0; set { } }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => 0;
        public override long Seek(long offset, SeekOrigin origin) => 0;
        public override void SetLength(long value) { }
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("standard output is closed");
    }
}
