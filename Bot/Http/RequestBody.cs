using System.Buffers;

namespace GuidanceBot.Bot.Http;

/// <summary>Reads a request body up to a limit, so an oversized or chunked body is refused before parsing.</summary>
public static class RequestBody
{
    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken) =>
        request.ContentLength is long length
            ? ReadAnnouncedAsync(request.Body, length, maxBytes, cancellationToken)
            : ReadChunkedAsync(request.Body, maxBytes, cancellationToken);

    /// <summary>With a Content-Length (every channel sends one): one array of that size, read into directly.</summary>
    private static async Task<byte[]?> ReadAnnouncedAsync(Stream body, long length, int maxBytes, CancellationToken cancellationToken)
    {
        if (length > maxBytes)
        {
            return null;
        }

        var buffer = new byte[length];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
        {
            filled += read;
        }

        return filled == buffer.Length ? buffer : buffer[..filled];
    }

    /// <summary>Without one: pooled chunks until the limit, so a client cannot make the server buffer more.</summary>
    private static async Task<byte[]?> ReadChunkedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, 16 * 1024));
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
