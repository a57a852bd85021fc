namespace OpenTrain.Http;

/// <summary>
/// A response body being read: a failure of the connection or the attempt's deadline becomes <see cref="OpenTrainNetworkException"/>,
/// so it cannot be confused with a failure of whatever the body is written to.
/// </summary>
internal sealed class NetworkReadStream(Stream inner, string host, TimeSpan timeout) : ReadOnlyWrapperStream(inner)
{
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return Inner.Read(buffer);
        }
        catch (Exception ex) when (ResponseReadFailure.From(ex, host, timeout) is { } failure)
        {
            throw failure;
        }
    }
}
