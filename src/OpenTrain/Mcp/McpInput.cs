using System.Text;

namespace OpenTrain.Mcp;

/// <summary>
/// One message as read from the input: its bytes (without the newline), or, for a message longer
/// than <see cref="McpInput.MaxMessageBytes"/>, only the fact (<see cref="TooLong"/>) and how many
/// bytes were seen when it was given up.
/// </summary>
internal readonly record struct McpFrame(ReadOnlyMemory<byte> Bytes, bool TooLong, long Length);

/// <summary>
/// The newline-delimited input of <c>opentrain mcp</c>, framed with bounded memory: a message may be
/// at most <see cref="MaxMessageBytes"/> long; a longer one is reported once (as soon as the limit is
/// passed, without waiting for its end) and skipped up to the next newline, where reading resyncs.
/// </summary>
internal abstract class McpInput
{
    /// <summary>The longest message accepted: 4 MiB of UTF-8, newline excluded.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>
    /// The process's standard input is a <see cref="StreamReader"/> nothing has read from yet
    /// (<c>Cli/SystemConsole</c>): it is read as bytes through its base stream, so that invalid UTF-8 is
    /// a parse error instead of U+FFFD, and a leading <c>FF FE</c> is never taken for a UTF-16 byte-order
    /// mark (which would garble every later message). Any other reader (the in-process tests) is read by
    /// lines and held to the same limit.
    /// </summary>
    public static McpInput For(TextReader reader) =>
        reader is StreamReader { BaseStream: { CanRead: true } stream } ? new StreamInput(stream) : new TextInput(reader);

    /// <summary>The next message, or <c>null</c> at end of input.</summary>
    public abstract ValueTask<McpFrame?> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Bytes, framed on <c>\n</c>; the buffer of a message is reused for the next one once it has been handled.</summary>
    private sealed class StreamInput(Stream stream) : McpInput
    {
        private const int SmallLine = 64 * 1024;
        private readonly byte[] chunk = new byte[64 * 1024];
        private int start;
        private int end;
        private bool ended;
        private byte[] line = new byte[4096];
        private int length;
        private bool skipping;

        public override async ValueTask<McpFrame?> ReadAsync(CancellationToken cancellationToken)
        {
            // A big message's buffer is not kept for the rest of the session.
            if (length == 0 && line.Length > SmallLine) line = new byte[4096];
            while (true)
            {
                if (start < end)
                {
                    var available = chunk.AsSpan(start, end - start);
                    var newline = available.IndexOf((byte)'\n');
                    var piece = newline < 0 ? available : available[..newline];
                    start += newline < 0 ? piece.Length : newline + 1;
                    if (skipping)
                    {
                        // The rest of a message that was too long: dropped up to its newline.
                        if (newline >= 0) skipping = false;
                        continue;
                    }
                    if ((long)length + piece.Length > MaxMessageBytes)
                    {
                        var seen = (long)length + piece.Length;
                        length = 0;
                        skipping = newline < 0;
                        line = new byte[4096];
                        return new McpFrame(ReadOnlyMemory<byte>.Empty, true, seen);
                    }
                    Append(piece);
                    if (newline < 0) continue;
                    var frame = new McpFrame(line.AsMemory(0, length), false, length);
                    length = 0;
                    return frame;
                }
                if (ended)
                {
                    // A last message without a newline still counts.
                    if (length == 0 || skipping) return null;
                    var last = new McpFrame(line.AsMemory(0, length), false, length);
                    length = 0;
                    return last;
                }
                int read;
                try
                {
                    read = await stream.ReadAsync(chunk, cancellationToken).AsTask().WaitAsync(cancellationToken);
                }
                catch (IOException)
                {
                    read = 0; // a terminal that went away (EIO) is the end of input too
                }
                if (read == 0) ended = true;
                start = 0;
                end = read;
            }
        }

        private void Append(ReadOnlySpan<byte> piece)
        {
            if (length + piece.Length > line.Length)
                Array.Resize(ref line, (int)Math.Min(MaxMessageBytes, Math.Max((long)line.Length * 2, length + piece.Length)));
            piece.CopyTo(line.AsSpan(length));
            length += piece.Length;
        }
    }

    /// <summary>Lines from a <see cref="TextReader"/>, encoded back to UTF-8 (in-process hosts).</summary>
    private sealed class TextInput(TextReader reader) : McpInput
    {
        public override async ValueTask<McpFrame?> ReadAsync(CancellationToken cancellationToken)
        {
            string? text;
            try
            {
                text = await reader.ReadLineAsync(cancellationToken).AsTask().WaitAsync(cancellationToken);
            }
            catch (IOException)
            {
                text = null;
            }
            if (text is null) return null;
            var count = Encoding.UTF8.GetByteCount(text);
            return count > MaxMessageBytes
                ? new McpFrame(ReadOnlyMemory<byte>.Empty, true, count)
                : new McpFrame(Encoding.UTF8.GetBytes(text), false, count);
        }
    }
}
