namespace GuidanceBot.TeamsPackage.Icons;

/// <summary>
/// Draws GuidanceBot's mark, a speech bubble with a four-pointed compass star cut out of it (a conversation that
/// points the way), as the two icons Teams asks for. Pure geometry sampled on a grid, so every run gives the
/// same pixels.
/// </summary>
internal static class IconArtwork
{
    /// <summary>The calm blue behind the colour icon; the manifest's <c>accentColor</c> is the same value.</summary>
    public const string AccentColor = "#2F6FAD";

    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    private const byte BlueRed = 0x2F, BlueGreen = 0x6F, BlueBlue = 0xAD;

    // Teams guidance: the symbol sits in the central 96×96 of the colour icon (48 px padding); the outline icon
    // has no padding.
    private const int ColorPadding = 48;
    private const int SamplesPerAxis = 8;

    private static readonly (double X, double Y)[] Tail = [(0.20, 0.74), (0.46, 0.74), (0.14, 0.98)];
    private static readonly (double X, double Y)[] Star = BuildStar(centreX: 0.5, centreY: 0.42, outer: 0.28, inner: 0.11);

    /// <summary>192×192, fully opaque: a white mark (edges blended) on a solid blue square. Teams rounds the corners itself.</summary>
    public static RgbaImage PaintColor()
    {
        var image = new RgbaImage(ColorSize, ColorSize);
        const double markSize = ColorSize - (2 * ColorPadding);
        for (var y = 0; y < ColorSize; y++)
        {
            for (var x = 0; x < ColorSize; x++)
            {
                var white = Coverage(x, y, ColorPadding, markSize);
                image.SetPixel(x, y, Blend(BlueRed, white), Blend(BlueGreen, white), Blend(BlueBlue, white), 255);
            }
        }

        return image;
    }

    /// <summary>32×32: pure white where the mark covers at least half a pixel, fully transparent elsewhere; nothing in between.</summary>
    public static RgbaImage PaintOutline()
    {
        var image = new RgbaImage(OutlineSize, OutlineSize);
        for (var y = 0; y < OutlineSize; y++)
        {
            for (var x = 0; x < OutlineSize; x++)
            {
                if (Coverage(x, y, 0, OutlineSize) >= 0.5)
                {
                    image.SetPixel(x, y, 255, 255, 255, 255);
                }
            }
        }

        return image;
    }

    /// <summary>The share of a pixel's sample points that fall on the mark drawn in the square at <paramref name="origin"/>.</summary>
    private static double Coverage(int pixelX, int pixelY, double origin, double size)
    {
        var hits = 0;
        for (var sy = 0; sy < SamplesPerAxis; sy++)
        {
            for (var sx = 0; sx < SamplesPerAxis; sx++)
            {
                var u = (pixelX + ((sx + 0.5) / SamplesPerAxis) - origin) / size;
                var v = (pixelY + ((sy + 0.5) / SamplesPerAxis) - origin) / size;
                if (IsOnMark(u, v))
                {
                    hits++;
                }
            }
        }

        return hits / (double)(SamplesPerAxis * SamplesPerAxis);
    }

    /// <summary>The mark in a unit square (y down): bubble body and tail, minus the star.</summary>
    private static bool IsOnMark(double u, double v) =>
        (IsInRoundedRectangle(u, v, left: 0, top: 0.04, right: 1, bottom: 0.80, radius: 0.2) || IsInPolygon(u, v, Tail))
        && !IsInPolygon(u, v, Star);

    private static bool IsInRoundedRectangle(double u, double v, double left, double top, double right, double bottom, double radius)
    {
        if (u < left || u > right || v < top || v > bottom)
        {
            return false;
        }

        // Outside the corner circles only in the four corner squares.
        var cornerX = Math.Clamp(u, left + radius, right - radius);
        var cornerY = Math.Clamp(v, top + radius, bottom - radius);
        var dx = u - cornerX;
        var dy = v - cornerY;
        return (dx * dx) + (dy * dy) <= radius * radius;
    }

    /// <summary>Even-odd ray casting.</summary>
    private static bool IsInPolygon(double u, double v, (double X, double Y)[] polygon)
    {
        var inside = false;
        for (int i = 0, j = polygon.Length - 1; i < polygon.Length; j = i++)
        {
            var (xi, yi) = polygon[i];
            var (xj, yj) = polygon[j];
            if ((yi > v) != (yj > v) && u < ((xj - xi) * (v - yi) / (yj - yi)) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    /// <summary>Eight corners: points north, east, south and west at <paramref name="outer"/>, notches between them at <paramref name="inner"/>.</summary>
    private static (double X, double Y)[] BuildStar(double centreX, double centreY, double outer, double inner)
    {
        var corners = new (double X, double Y)[8];
        for (var k = 0; k < corners.Length; k++)
        {
            var angle = k * Math.PI / 4;
            var radius = k % 2 == 0 ? outer : inner;
            corners[k] = (centreX + (radius * Math.Sin(angle)), centreY - (radius * Math.Cos(angle)));
        }

        return corners;
    }

    private static byte Blend(byte background, double white) => (byte)Math.Round(background + ((255 - background) * white));
}
