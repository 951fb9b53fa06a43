namespace Economics.Charts.Export;

/// <summary>Size of an exported image. Defaults fit a report page (1000 × 550 px).</summary>
public sealed record ImageSize
{
    /// <summary>1000 × 550 px at scale 1.</summary>
    public static ImageSize Default { get; } = new(1000, 550);

    /// <summary>Creates a size.</summary>
    /// <param name="width">Width in CSS px. Range: 100–10000.</param>
    /// <param name="height">Height in CSS px. Range: 100–10000.</param>
    /// <param name="scale">Device pixels per CSS px (PNG resolution: 2 doubles the pixels, like a 192-DPI screen). Range: 0.25–10.</param>
    public ImageSize(int width, int height, double scale = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, MinPixels);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxPixels);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, MinPixels);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxPixels);
        if (double.IsNaN(scale) || scale < MinScale || scale > MaxScale)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, $"scale must be between {MinScale} and {MaxScale}");
        }

        if (width * scale > MaxDevicePixels || height * scale > MaxDevicePixels)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{width} × {height} px at scale {scale} is a {width * scale:0} × {height * scale:0}-pixel image; Chromium renders at most {MaxDevicePixels} pixels a side (width·scale and height·scale)"));
        }

        Width = width;
        Height = height;
        Scale = scale;
    }

    /// <summary>Largest side of the rendered image in device pixels (<c>Width·Scale</c>, <c>Height·Scale</c>): Chromium's
    /// largest canvas side; beyond it plotly.js returns an empty image.</summary>
    public const int MaxDevicePixels = 16384;

    /// <summary>Smallest side. Unit: px.</summary>
    public const int MinPixels = 100;

    /// <summary>Largest side. Unit: px.</summary>
    public const int MaxPixels = 10000;

    /// <summary>Smallest scale.</summary>
    public const double MinScale = 0.25;

    /// <summary>Largest scale.</summary>
    public const double MaxScale = 10;

    /// <summary>Width. Unit: CSS px.</summary>
    public int Width { get; }

    /// <summary>Height. Unit: CSS px.</summary>
    public int Height { get; }

    /// <summary>Device pixels per CSS px: a PNG is <c>Width·Scale × Height·Scale</c> pixels.</summary>
    public double Scale { get; }
}
