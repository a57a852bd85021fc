using System.Net;

namespace OpenTrain.Http;

/// <summary>A response body whose reads end at the attempt's deadline (which it owns and disposes).</summary>
internal sealed class DeadlineContent : HttpContent
{
    private readonly HttpContent inner;
    private readonly CancellationTokenSource deadline;

    public DeadlineContent(HttpContent inner, CancellationTokenSource deadline)
    {
        this.inner = inner;
        this.deadline = deadline;
        foreach (var header in inner.Headers) Headers.TryAddWithoutValidation(header.Key, header.Value);
    }

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
        new DeadlineStream(await inner.ReadAsStreamAsync(cancellationToken), deadline.Token, cancellationToken);

    protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await using var body = await CreateContentReadStreamAsync(cancellationToken);
        await body.CopyToAsync(stream, cancellationToken);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            deadline.Dispose();
        }
        base.Dispose(disposing);
    }
}
