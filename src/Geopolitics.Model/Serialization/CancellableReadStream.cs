namespace Geopolitics.Model.Serialization;

/// <summary>
/// A read-only view of a stream whose reads give up when a token is cancelled, even while the source sends nothing (a
/// FIFO or standard input waiting for a writer): each read waits for the source or the token, whichever comes first. A
/// read abandoned this way finishes in the background when the source sends data or closes. Disposing the view
/// disposes the stream: only callers that own the stream dispose the view.
/// </summary>
internal sealed class CancellableReadStream(Stream inner, CancellationToken cancellationToken) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    /// <summary>The stream itself when the token can never be cancelled; otherwise a cancellable view of it.</summary>
    public static Stream Of(Stream stream, CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled ? new CancellableReadStream(stream, cancellationToken) : stream;

    public override int Read(byte[] buffer, int offset, int count)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var read = inner.ReadAsync(buffer, offset, count, cancellationToken);
        if (!read.IsCompleted)
        {
            try
            {
                read.Wait(cancellationToken);
            }
            catch (AggregateException)
            {
                // The read failed; its own exception is thrown below, unwrapped.
            }
        }

        return read.GetAwaiter().GetResult();
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Disposes the stream read too: a reader that owns this view owns what it reads.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
