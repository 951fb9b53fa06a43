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

        Width = width;
        Height = height;
        Scale = scale;
    }

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
