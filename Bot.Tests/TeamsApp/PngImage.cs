using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace GuidanceBot.Tests.TeamsApp;

/// <summary>
/// A PNG decoded independently of the tool's encoder: chunks with their CRCs checked, IHDR, the IDAT stream
/// inflated with <see cref="ZLibStream"/>, all five scanline filters undone. Handles the 8-bit RGB and RGBA
/// non-interlaced images icons use, and says so for anything else.
/// </summary>
public sealed class PngImage
{
    public const byte Rgb = 2;
    public const byte Rgba = 6;

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte colorType, byte[] rgba)
    {
        Width = width;
        Height = height;
        ColorType = colorType;
        Pixels = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The colour type in IHDR: <see cref="Rgb"/> (no alpha channel) or <see cref="Rgba"/>.</summary>
    public byte ColorType { get; }

    /// <summary>RGBA, four bytes per pixel, rows top to bottom (alpha 255 when the file has no alpha channel).</summary>
    public byte[] Pixels { get; }

    public (byte R, byte G, byte B, byte A) PixelAt(int x, int y)
    {
        var offset = ((y * Width) + x) * 4;
        return (Pixels[offset], Pixels[offset + 1], Pixels[offset + 2], Pixels[offset + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> AllPixels()
    {
        for (var offset = 0; offset < Pixels.Length; offset += 4)
        {
            yield return (Pixels[offset], Pixels[offset + 1], Pixels[offset + 2], Pixels[offset + 3]);
        }
    }

    public static PngImage Decode(byte[] file)
    {
        if (file.Length < Signature.Length || !file.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG: the signature is wrong.");
        }

        int width = 0, height = 0;
        byte colorType = 0;
        using var imageData = new MemoryStream();
        var position = Signature.Length;
        while (true)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(position));
            var type = Encoding.ASCII.GetString(file, position + 4, 4);
            var data = file.AsSpan(position + 8, length);
            var storedCrc = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(position + 8 + length));
            if (Crc32(file.AsSpan(position + 4, length + 4)) != storedCrc)
            {
                throw new InvalidDataException($"The CRC of chunk {type} is wrong.");
            }

            position += 12 + length;
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    colorType = data[9];
                    if (data[8] != 8 || colorType is not (Rgb or Rgba) || data[12] != 0)
                    {
                        throw new NotSupportedException($"Only 8-bit, non-interlaced RGB/RGBA is decoded here (bit depth {data[8]}, colour type {colorType}, interlace {data[12]}).");
                    }

                    break;
                case "IDAT":
                    imageData.Write(data);
                    break;
                case "IEND":
                    return new PngImage(width, height, colorType, Unfilter(Inflate(imageData.ToArray()), width, height, colorType == Rgba ? 4 : 3));
            }
        }
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return raw.ToArray();
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int bytesPerPixel)
    {
        var stride = width * bytesPerPixel;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"The image data holds {raw.Length} bytes; {width}×{height} needs {height * (stride + 1)}.");
        }

        var current = new byte[stride];
        var previous = new byte[stride];
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                var left = i >= bytesPerPixel ? current[i - bytesPerPixel] : 0;
                var up = previous[i];
                var upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown filter type {filter} on row {y}."),
                };
                current[i] = (byte)(raw[(y * (stride + 1)) + 1 + i] + predictor);
            }

            for (var x = 0; x < width; x++)
            {
                var target = ((y * width) + x) * 4;
                current.AsSpan(x * bytesPerPixel, 3).CopyTo(rgba.AsSpan(target));
                rgba[target + 3] = bytesPerPixel == 4 ? current[(x * bytesPerPixel) + 3] : (byte)255;
            }

            (previous, current) = (current, previous);
        }

        return rgba;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }

    /// <summary>Bitwise CRC-32 (polynomial 0xEDB88320), deliberately not the encoder's table-driven one.</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
