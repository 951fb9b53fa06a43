using System.Globalization;
using System.Net;
using System.Text;
using Economics.Analysis.Output;
using Economics.Charts.Export;
using Economics.Charts.Single;
using Economics.Charts.Theme;
using Economics.Model.Results;

namespace Economics.Charts.Report;

/// <summary>
/// One self-contained HTML report of a run, something to attach to an email: the scenario's name and description,
/// the answers in words, every single-run chart (interactive; plotly.js inlined once) and the assumptions table.
/// No external resource: no CDN, no fonts, no images fetched.
/// </summary>
public static class RunReport
{
    /// <summary>The report as HTML text.</summary>
    /// <param name="result">The run.</param>
    /// <param name="extraCharts">More charts to append (e.g. Monte Carlo fans), or null.</param>
    /// <param name="theme">The theme; null for <see cref="ChartTheme.Default"/>.</param>
    public static string Build(SimulationResult result, IEnumerable<NamedChart>? extraCharts = null, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        var charts = RunCharts.All(result, t).Concat(extraCharts ?? []).ToList();
        var scenario = result.Scenario;
        var html = new StringBuilder(PlotlyJs.Source.Length + 200_000);
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(scenario.Name)}}: operator economics report</title>
            <style>
            body { font-family: {{t.FontFamily}}; color: {{t.TextColor}}; max-width: {{t.Width + 40}}px; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
            h1 { font-size: 1.7em; margin-bottom: 0.2em; }
            h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid {{t.GridColor}}; padding-bottom: 0.2em; }
            .meta { color: {{t.MutedTextColor}}; }
            ul.answers li { margin: 0.35em 0; }
            .chart { width: 100%; height: {{t.Height}}px; }
            table { border-collapse: collapse; font-size: 0.9em; width: 100%; }
            td, th { border-bottom: 1px solid {{t.GridColor}}; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
            td.value { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; }
            nav a { margin-right: 1em; }
            </style>
            {{PlotlyJs.InlineScriptTag}}
            </head>
            <body>
            <h1>{{E(scenario.Name)}}</h1>
            <p>{{E(scenario.Description)}}</p>
            <p class="meta">{{result.Months}} months from {{E(Units.MonthName(result.Date[0]))}} to {{E(Units.MonthName(result.Date[^1]))}}; {{scenario.Cohorts.Count}} operator cohort(s); deterministic run (no price shocks).</p>
            <nav><a href="#answers">Answers</a><a href="#charts">Charts</a><a href="#assumptions">Assumptions</a></nav>
            <h2 id="answers">Answers</h2>
            <ul class="answers">

            """);
        foreach (string answer in RunAnswers.All(result))
        {
            html.Append("<li>").Append(E(answer)).Append("</li>\n");
        }

        html.Append("</ul>\n<h2 id=\"charts\">Charts</h2>\n");
        var scripts = new StringBuilder();
        for (int i = 0; i < charts.Count; i++)
        {
            string id = "chart-" + charts[i].Id;
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(charts[i].Caption)}</h3>\n<div class=\"chart\" id=\"{E(id)}\"></div>\n");
            scripts.Append(ChartHtml.PlotCall(id, charts[i].Chart)).Append('\n');
        }

        html.Append("<h2 id=\"assumptions\">Assumptions</h2>\n<p class=\"meta\">Every field of the scenario as run (baseline, base chain, file and overrides merged), by JSON path.</p>\n");
        html.Append("<table>\n<thead><tr><th>Field</th><th>Value</th></tr></thead>\n<tbody>\n");
        foreach (var (path, value) in AssumptionRows.Of(scenario))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(path)}</td><td class=\"value\">{E(value)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<script type=\"text/javascript\">\n").Append(scripts).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes the report to <paramref name="path"/> atomically.</summary>
    public static void Write(SimulationResult result, string path, IEnumerable<NamedChart>? extraCharts = null, ChartTheme? theme = null) =>
        AtomicFile.WriteAllText(path, Build(result, extraCharts, theme));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
