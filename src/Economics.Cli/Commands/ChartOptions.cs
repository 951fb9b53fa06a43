using System.CommandLine;
using Economics.Charts.Export;

namespace Economics.Cli.Commands;

/// <summary>The chart options of the analysis commands: <c>--format</c>, <c>--width</c>, <c>--height</c>, <c>--scale</c>
/// (as on <c>run</c>; see <see cref="CommonOptions"/>).</summary>
internal sealed class ChartOptions
{
    private readonly Option<string> _format = CommonOptions.FormatOption();
    private readonly Option<int> _width = CommonOptions.WidthOption();
    private readonly Option<int> _height = CommonOptions.HeightOption();
    private readonly Option<double> _scale = CommonOptions.ScaleOption();

    /// <summary>Adds the four options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_format);
        command.Options.Add(_width);
        command.Options.Add(_height);
        command.Options.Add(_scale);
    }

    /// <summary>The formats and image size asked for; an unknown format or a size out of range is bad input.</summary>
    public (OutputFormats Formats, ImageSize Size) Read(ParseResult parse) =>
        (OutputFormats.Parse(parse.GetValue(_format)),
            CommonOptions.ImageSize(parse.GetValue(_width), parse.GetValue(_height), parse.GetValue(_scale)));
}
