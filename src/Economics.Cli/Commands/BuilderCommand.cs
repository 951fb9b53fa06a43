using System.CommandLine;
using System.Globalization;
using Economics.Analysis.Builder;
using Economics.Analysis.Output;
using Economics.Analysis.Text;
using Economics.Charts.Analysis;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ builder [scenario] --requests-per-month N --market M [--month K] [--out DIR]</c>: what 1,000 calls
/// verified through OpenGradient cost a builder at its volume, against calling the provider directly.</summary>
public static class BuilderCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenario = CommonOptions.ScenarioArgument();
        var set = CommonOptions.SetOption();
        var output = CommonOptions.OutOption("out/<scenario name>/builder/");
        var requests = new Option<double>("--requests-per-month", "-r")
        {
            Description = "The builder's calls a month (> 0), e.g. 1000000.",
            Required = true,
            HelpName = "N",
        };
        var market = new Option<string>("--market", "-m")
        {
            Description = "The market called, by name as in the scenario's markets[] (e.g. claude_haiku_4_5, gpt_5, claude_opus_4_6 in the baseline); a wrong name lists them.",
            Required = true,
            HelpName = "M",
        };
        var month = new Option<int>("--month")
        {
            Description = "Month index looked at, 0 … horizon − 1 (default 0: the scenario's start month, 2026-04 in the baseline).",
            DefaultValueFactory = _ => 0,
            HelpName = "K",
        };
        var charts = new ChartOptions();
        var command = new Command(
            "builder",
            "What 1,000 calls verified through OpenGradient cost a builder at its volume in one market and month, against "
            + "calling the provider directly: the fee (list price × (1 + markup)), the x402 payment rails and settlement the "
            + "user bears, the cost of buying the fee's OPG (the pool's swap fee, the slippage of the builder's own monthly "
            + "purchase against the constant-product pool, the swap's Base gas), the MEV tax; the premium in USD and % (the "
            + "break-even value of verification: what a call's verification must be worth to the builder), the rails the "
            + "protocol and operators bear for it, and the same under each settlement tier and x402 scheme (the scenario "
            + "run again with every request at that tier or scheme) and across volumes. One deterministic run; the builder "
            + "is taken as small against the network (docs/MODEL.md \"Builder\"). Writes builder.csv and builder_volume.csv "
            + "(USD per 1,000 calls); --format html,png,svg adds the charts builder-volume and builder-variants.\n\n"
            + "Examples:\n"
            + "  econ builder --requests-per-month 1000000 --market claude_haiku_4_5\n"
            + "  econ builder --requests-per-month 50000 --market claude_opus_4_6 --month 67 --format csv,png\n"
            + "  econ builder --requests-per-month 1000000 --market llama   # exits 2: unknown market 'llama'; the scenario's markets are: claude_haiku_4_5, gpt_5, claude_opus_4_6")
        {
            scenario,
            set,
            requests,
            market,
            month,
            output,
        };
        charts.AddTo(command);
        command.SetAction(parse => CommandAction.Run(console, () =>
        {
            var (formats, size) = charts.Read(parse);
            var loaded = ScenarioInput.Load(parse.GetValue(scenario), parse.GetValue(set));
            var options = new BuilderOptions
            {
                Market = parse.GetValue(market)!,
                RequestsPerMonth = parse.GetValue(requests),
                Month = parse.GetValue(month),
            };
            BuilderResult result;
            try
            {
                result = BuilderAnalysis.Run(loaded, options);
            }
            catch (BuilderInputException e)
            {
                string option = e.Field switch
                {
                    BuilderAnalysis.MarketField => "--market",
                    BuilderAnalysis.RequestsField => "--requests-per-month",
                    BuilderAnalysis.MonthField => "--month",
                    _ => e.Field,
                };
                throw new CliInputException($"{option}: {e.Message}", e);
            }

            using var folder = OutputFolder.Begin(AnalysisInput.OutDirectory(parse.GetValue(output), loaded.Name, parse.GetValue(set), "builder"), ChartOutputs.ChartsFolder);
            var staged = BuilderOutputs.Write(result, folder.Staging).ToList();
            staged.AddRange(ChartOutputs.ForBuilder(result, folder.Staging, formats, console, size, staged));
            folder.Commit();
            console.Out.Write(PartsTable(result));
            console.Out.Write(VariantsTable(result));
            console.Out.MarkupLine(Markup.Escape(BuilderCharts.Headline(result)));
            foreach (string caveat in BuilderText.Caveats(result))
            {
                console.Out.MarkupLine("[yellow]" + Markup.Escape(caveat) + "[/]");
            }

            foreach (string file in folder.FinalPaths(staged))
            {
                console.Out.MarkupLine($"wrote [link]{Markup.Escape(file)}[/]");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Table PartsTable(BuilderResult r)
    {
        var c = r.Cost;
        var table = new Table
        {
            Title = new TableTitle(Markup.Escape(Invariant($"Builder — {r.Scenario}: {r.Market}, {r.Date:yyyy-MM} (month {r.Month}), {HumanFormat.Count(c.RequestsPerMonth)} calls a month"))),
        }.AddColumn("Per 1,000 calls").AddColumn(new TableColumn("USD").RightAligned());
        void Add(string label, double perCall) => table.AddRow(new Text(label), new Text(HumanFormat.Usd(BuilderCost.Per1000(perCall))));
        Add("Fee (list price × (1 + markup))", c.Fee);
        Add("x402 payment rails you pay (settle gas, facilitator, Permit2)", c.PaymentRails);
        Add("Settlement you pay (OG gas + Walrus)", c.Settlement);
        Add("Swap fee on the fee's OPG", c.SwapFee);
        Add(Invariant($"Slippage of your OPG purchase ({HumanFormat.Usd(c.PurchaseUsd)} a month into a {HumanFormat.Usd(c.PoolReserveUsd)} reserve)"), c.Slippage);
        Add("Base gas of your swap", c.SwapGas);
        Add("MEV tax", c.MevTax);
        Add("Verified: you pay", c.Total);
        Add("Provider direct (list price)", c.Direct);
        table.AddRow(new Text("Premium (the break-even value of verification)"),
            new Text(Invariant($"{HumanFormat.Usd(BuilderCost.Per1000(c.Premium))} ({HumanFormat.Premium(c.PremiumFraction)})")));
        Add("Rails the protocol and operators bear for you", c.RailsBorneByOthers);
        table.AddRow(new Text("Verified with every rail charged to you"),
            new Text(Invariant($"{HumanFormat.Usd(BuilderCost.Per1000(c.Unsubsidized))} ({HumanFormat.Premium(c.UnsubsidizedPremiumFraction)})")));
        return table;
    }

    private static Table VariantsTable(BuilderResult r)
    {
        var table = new Table { Title = new TableTitle("By settlement tier and x402 scheme (the whole network at that tier or scheme), per 1,000 calls") }
            .AddColumn("Variant").AddColumn(new TableColumn("You pay").RightAligned()).AddColumn(new TableColumn("Premium").RightAligned())
            .AddColumn(new TableColumn("Borne for you").RightAligned()).AddColumn(new TableColumn("Every rail charged to you").RightAligned());
        foreach (var v in r.Variants)
        {
            var c = v.Cost;
            table.AddRow(
                new Text(v.Label),
                new Text(HumanFormat.Usd(BuilderCost.Per1000(c.Total))),
                new Text(HumanFormat.Premium(c.PremiumFraction)),
                new Text(HumanFormat.Usd(BuilderCost.Per1000(c.RailsBorneByOthers))),
                new Text(HumanFormat.Usd(BuilderCost.Per1000(c.Unsubsidized))));
        }

        return table;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
