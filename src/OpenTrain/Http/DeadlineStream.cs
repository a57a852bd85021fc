using System.Buffers;

namespace OpenTrain.Http;

/// <summary>
/// A body stream whose every read, synchronous ones included (the <c>--json</c> path), is cancelled
/// at the deadline and then throws <see cref="AttemptTimeoutException"/>. Synchronous reads also
/// honour the token the stream was opened with (the user's Ctrl-C).
/// </summary>
internal sealed class DeadlineStream(Stream inner, CancellationToken deadline, CancellationToken openedWith) : ReadOnlyWrapperStream(inner)
{
    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count), openedWith).AsTask().GetAwaiter().GetResult();

    public override int Read(Span<byte> buffer)
    {
        var rented = ArrayPool<byte>.Shared.Rent(buffer.Length);
        try
        {
            var read = Read(rented, 0, buffer.Length);
            rented.AsSpan(0, read).CopyTo(buffer);
            return read;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline) : null;
        try
        {
            return await Inner.ReadAsync(buffer, linked?.Token ?? deadline);
        }
        catch (Exception ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested && ex is OperationCanceledException or HttpRequestException or IOException)
        {
            throw new AttemptTimeoutException();
        }
    }
}
