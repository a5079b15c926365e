namespace GuidanceBot.TeamsPackage.Icons;

/// <summary>An 8-bit RGBA bitmap, rows top to bottom, four bytes per pixel.</summary>
internal sealed class RgbaImage
{
    public RgbaImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Width = width;
        Height = height;
        Pixels = new byte[width * height * 4];
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    public void SetPixel(int x, int y, byte red, byte green, byte blue, byte alpha)
    {
        var offset = ((y * Width) + x) * 4;
        Pixels[offset] = red;
        Pixels[offset + 1] = green;
        Pixels[offset + 2] = blue;
        Pixels[offset + 3] = alpha;
    }
}
