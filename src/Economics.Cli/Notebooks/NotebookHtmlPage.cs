using System.Net;
using System.Text;
using Economics.Notebooks;
using Markdig;
using Microsoft.DotNet.Interactive.Documents;

namespace Economics.Cli.Notebooks;

/// <summary>
/// One self-contained HTML page of an executed notebook: the narrative (markdown), each code cell and its outputs
/// (tables, charts, text, errors), with plotly.js inlined once in the head and nothing else loaded — the page opens
/// offline in any browser (<c>econ notebook run … --format html</c>).
/// </summary>
public static class NotebookHtmlPage
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.5}
        pre{background:#f6f8fa;padding:.6em .8em;overflow-x:auto;font-size:.85em;border-radius:4px}
        .out{overflow-x:auto}.cell{margin:1.2em 0}.code pre{border-left:3px solid #4c78a8}.out{margin:.4em 0 .4em 1em}
        .err pre{background:#fdecea;border-left:3px solid #c0392b}
        table{border-collapse:collapse;font-size:.85em;margin:.4em 0}th,td{border:1px solid #ddd;padding:.2em .5em;text-align:right}
        th{background:#f0f0f0}.md table td,.md table th{text-align:left}
        """;

    /// <summary>The page for <paramref name="elements"/> (the executed cells, injected parameters included).</summary>
    public static string Build(string title, IEnumerable<InteractiveDocumentElement> elements)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(elements);
        var body = new StringBuilder();
        bool charts = false;
        foreach (var element in elements)
        {
            if (element.KernelName == "markdown")
            {
                body.Append("<div class=\"cell md\">").Append(Markdig.Markdown.ToHtml(element.Contents ?? string.Empty, Markdown)).Append("</div>\n");
                continue;
            }

            body.Append("<div class=\"cell code\"><pre><code>").Append(WebUtility.HtmlEncode(element.Contents ?? string.Empty)).Append("</code></pre>\n");
            foreach (var output in element.Outputs)
            {
                body.Append(Output(output, ref charts));
            }

            body.Append("</div>\n");
        }

        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n");
        if (charts)
        {
            page.Append(NotebookChart.PlotlyScript).Append('\n');
        }

        return page.Append("</head>\n<body>\n").Append(body).Append("</body>\n</html>\n").ToString();
    }

    private static string Output(InteractiveDocumentOutputElement output, ref bool charts)
    {
        IDictionary<string, object>? data = output switch
        {
            ReturnValueElement r => r.Data,
            DisplayElement d => d.Data,
            _ => null,
        };
        if (data is not null)
        {
            if (data.TryGetValue("text/html", out object? html) && html?.ToString() is { } h)
            {
                // Charts carry plotly.js each (a notebook output must stand alone); the page holds one copy.
                string without = h.Replace(NotebookChart.PlotlyScript, string.Empty, StringComparison.Ordinal);
                charts |= without.Length != h.Length;
                return $"<div class=\"out\">{without}</div>\n";
            }

            return data.TryGetValue("text/plain", out object? plain)
                ? $"<div class=\"out\"><pre>{WebUtility.HtmlEncode(plain?.ToString() ?? string.Empty)}</pre></div>\n"
                : string.Empty;
        }

        return output switch
        {
            TextElement t => $"<div class=\"out\"><pre>{WebUtility.HtmlEncode(t.Text)}</pre></div>\n",
            ErrorElement e => $"<div class=\"out err\"><pre>{WebUtility.HtmlEncode(e.ErrorValue ?? e.ErrorName ?? "error")}</pre></div>\n",
            _ => string.Empty,
        };
    }
}
