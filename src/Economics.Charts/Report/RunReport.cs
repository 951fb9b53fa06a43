using System.Globalization;
using System.Net;
using System.Text;
using Economics.Analysis.Output;
using Economics.Analysis.Text;
using Economics.Charts.Export;
using Economics.Charts.Single;
using Economics.Charts.Theme;
using Economics.Model.Loading;
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
    /// <param name="notes">The comments of the scenario's files and its overrides (<see cref="ScenarioNotes.Of"/>), which
    /// give each assumption its source or estimate; null for the baseline's comments only.</param>
    /// <param name="sections">More sections after the charts (e.g. builder, stress), or null.</param>
    public static string Build(SimulationResult result, IEnumerable<NamedChart>? extraCharts = null, ChartTheme? theme = null, ScenarioNotes? notes = null, IEnumerable<ReportSection>? sections = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var more = (sections ?? []).ToList();
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
            td.path { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 0.92em; }
            table.differs td { background: #fff4dc; }
            nav a { margin-right: 1em; }
            </style>
            {{PlotlyJs.InlineScriptTag}}
            </head>
            <body>
            <h1>{{E(scenario.Name)}}</h1>
            <p>{{E(scenario.Description)}}</p>
            <p class="meta">{{result.Months}} months from {{E(Units.MonthName(result.Date[0]))}} to {{E(Units.MonthName(result.Date[^1]))}}; {{HumanFormat.Things(scenario.Cohorts.Count, "operator cohort", "operator cohorts")}}; deterministic run (no price shocks).</p>
            <nav><a href="#answers">Answers</a><a href="#charts">Charts</a>{{string.Concat(more.Select(m => $"<a href=\"#{E(m.Id)}\">{E(m.Title)}</a>"))}}<a href="#assumptions">Assumptions</a></nav>
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

        foreach (var section in more)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"{E(section.Id)}\">{E(section.Title)}</h2>\n");
            foreach (string paragraph in section.Paragraphs)
            {
                html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
            }

            if (section.Table is { Count: > 0 } table)
            {
                html.Append("<table>\n<thead><tr>").Append(string.Concat(table[0].Select(c => $"<th>{E(c)}</th>"))).Append("</tr></thead>\n<tbody>\n");
                foreach (var row in table.Skip(1))
                {
                    html.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{E(c)}</td>"))).Append("</tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
            }

            foreach (var chart in section.Charts)
            {
                string id = "chart-" + chart.Id;
                html.Append(CultureInfo.InvariantCulture, $"<h3>{E(chart.Caption)}</h3>\n<div class=\"chart\" id=\"{E(id)}\"></div>\n");
                scripts.Append(ChartHtml.PlotCall(id, chart.Chart)).Append('\n');
            }
        }

        AppendAssumptions(html, AssumptionRows.Of(scenario, notes));
        html.Append("<script type=\"text/javascript\">\n").Append(scripts).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes the report to <paramref name="path"/> atomically.</summary>
    public static void Write(SimulationResult result, string path, IEnumerable<NamedChart>? extraCharts = null, ChartTheme? theme = null,
        ScenarioNotes? notes = null, IEnumerable<ReportSection>? sections = null) =>
        AtomicFile.WriteAllText(path, Build(result, extraCharts, theme, notes, sections));

    // The assumptions: what differs from the baseline first (baseline value → this run's), then every section.
    private static void AppendAssumptions(StringBuilder html, IReadOnlyList<AssumptionRow> rows)
    {
        int differing = rows.Count(r => r.DiffersFromBaseline);
        html.Append("<h2 id=\"assumptions\">Assumptions</h2>\n<p class=\"meta\">Every value of the scenario as run (baseline, base chain, file and overrides merged), by section, with its unit and where it comes from: a source, or an estimate (the scenario file's comment on the value). ")
            .Append(differing == 0
                ? "No value differs from the baseline."
                : string.Create(CultureInfo.InvariantCulture, $"{HumanFormat.Things(differing, "value differs", "values differ")} from the baseline; they come first."))
            .Append("</p>\n");
        foreach (var (group, groupRows) in AssumptionRows.Grouped(rows))
        {
            bool differs = group == AssumptionRows.DiffersGroup;
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(group)}</h3>\n<table{(differs ? " class=\"differs\"" : string.Empty)}>\n<thead><tr><th>Field</th>");
            html.Append(differs ? "<th>Baseline → this run</th>" : "<th>Value</th>").Append("<th>Source or estimate</th></tr></thead>\n<tbody>\n");
            foreach (var row in groupRows)
            {
                string value = differs ? $"{E(row.BaselineValue!)} → <strong>{E(row.Value)}</strong>" : E(row.Value);
                html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"path\">{E(row.Path)}</td><td class=\"value\">{value}</td><td>{E(row.Basis)}</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
