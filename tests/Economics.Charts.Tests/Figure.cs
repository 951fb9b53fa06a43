using System.Text.Json.Nodes;
using Plotly.NET;

namespace Economics.Charts.Tests;

/// <summary>A chart's plotly.js figure JSON, parsed, for assertions.</summary>
internal static class Figure
{
    public static JsonObject Of(GenericChart chart) => JsonNode.Parse(GenericChart.toFigureJson(chart))!.AsObject();

    public static JsonArray Traces(GenericChart chart) => Of(chart)["data"]!.AsArray();

    public static JsonObject Layout(GenericChart chart) => Of(chart)["layout"]!.AsObject();

    public static JsonObject Trace(GenericChart chart, string name) =>
        Traces(chart).Single(t => (string?)t!["name"] == name)!.AsObject();

    public static double[] Numbers(JsonNode? array) =>
        array!.AsArray().Select(v => v!.GetValueKind() == System.Text.Json.JsonValueKind.Number ? v.GetValue<double>() : double.NaN).ToArray();

    public static string Title(GenericChart chart) => (string)Layout(chart)["title"]!["text"]!;

    /// <summary>The title as a person reads it: tags (line breaks, the subtitle's span) and entities gone, one space
    /// between words.</summary>
    public static string PlainTitle(GenericChart chart) =>
        System.Text.RegularExpressions.Regex.Replace(System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(Title(chart), "<[^>]+>", " ")), @"\s+", " ").Trim();
}
