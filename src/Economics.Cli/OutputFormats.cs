namespace Economics.Cli;

/// <summary>The output formats a command was asked for with <c>--format</c>. CSV is always written.</summary>
public sealed record OutputFormats(bool Html, bool Png, bool Svg)
{
    /// <summary>Only the CSV and JSON tables.</summary>
    public static OutputFormats CsvOnly { get; } = new(false, false, false);

    /// <summary>True when any chart format was asked for.</summary>
    public bool AnyChart => Html || Png || Svg;

    /// <summary>Parses a comma-separated list such as <c>csv,html,png</c>; unknown names are bad input.</summary>
    public static OutputFormats Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return CsvOnly;
        }

        bool html = false, png = false, svg = false;
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (raw.ToUpperInvariant())
            {
                case "CSV":
                    break;
                case "HTML":
                    html = true;
                    break;
                case "PNG":
                    png = true;
                    break;
                case "SVG":
                    svg = true;
                    break;
                default:
                    throw new CliInputException($"--format: unknown format '{raw}'; use csv, html, png or svg (comma-separated).");
            }
        }

        return new OutputFormats(html, png, svg);
    }
}
