using System.Globalization;
using System.Text.Json;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Geopolitics.Model.Benchmarks.Charts;

/// <summary>
/// Draws the growth of each size-parameterised benchmark class as a picture: from the brief JSON reports that the
/// benchmark program writes (<c>*-report-brief.json</c>), one PNG per class, time and allocation per operation against
/// the size, both on logarithmic axes, one line per method. A class is drawn when its benchmarks have one numeric
/// parameter taking at least two values.
/// </summary>
public static class Program
{
    /// <summary>Reads the reports and writes the charts.</summary>
    /// <param name="args">The folder of the reports (default <c>BenchmarkDotNet.Artifacts/results</c>) and the folder
    /// for the pictures (default <c>docs/images</c>).</param>
    /// <returns>0 when at least one chart was written; 1 when the folder holds no size-parameterised results; 2 for a bad argument.</returns>
    public static int Main(string[] args)
    {
        if (args.Length > 2 || args.Any(a => a is "-h" or "--help"))
        {
            Console.Error.WriteLine("usage: Geopolitics.Model.Benchmarks.Charts [RESULTS-FOLDER [OUTPUT-FOLDER]]");
            return 2;
        }

        var results = args.Length > 0 ? args[0] : Path.Combine("BenchmarkDotNet.Artifacts", "results");
        var output = args.Length > 1 ? args[1] : Path.Combine("docs", "images");
        if (!Directory.Exists(results))
        {
            Console.Error.WriteLine($"{results}: no such folder (run the benchmarks first)");
            return 2;
        }

        var written = 0;
        Directory.CreateDirectory(output);
        foreach (var growth in Directory.EnumerateFiles(results, "*-report-brief.json").Order(StringComparer.Ordinal).SelectMany(Read).GroupBy(m => m.Class).Select(ClassGrowth.From).OfType<ClassGrowth>())
        {
            var file = Path.Combine(output, $"growth-{growth.Class}.png");
            growth.Draw(file);
            Console.WriteLine($"{file}: {growth.Class}, {growth.Parameter} = {string.Join(", ", growth.Sizes.Select(s => s.ToString("N0", CultureInfo.InvariantCulture)))}");
            written++;
        }

        if (written == 0)
        {
            Console.Error.WriteLine($"{results}: no class with a numeric size parameter of two values or more");
            return 1;
        }

        return 0;
    }

    /// <summary>The measurements of one brief report.</summary>
    private static IEnumerable<Measurement> Read(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        foreach (var benchmark in document.RootElement.GetProperty("Benchmarks").EnumerateArray())
        {
            if (!benchmark.TryGetProperty("Statistics", out var statistics) || statistics.ValueKind != JsonValueKind.Object)
            {
                continue; // a benchmark that failed has no statistics
            }

            var parameters = benchmark.GetProperty("Parameters").GetString() ?? "";
            var bytes = benchmark.TryGetProperty("Memory", out var memory) && memory.ValueKind == JsonValueKind.Object
                ? memory.GetProperty("BytesAllocatedPerOperation").GetDouble()
                : double.NaN;
            yield return new Measurement(
                benchmark.GetProperty("Type").GetString()!.Replace("Benchmarks", "", StringComparison.Ordinal),
                benchmark.GetProperty("Method").GetString()!,
                parameters,
                statistics.GetProperty("Mean").GetDouble(),
                bytes);
        }
    }

    /// <summary>One benchmark case: its class (without the "Benchmarks" suffix), method, parameters as BenchmarkDotNet
    /// writes them (<c>Transfers=10000</c>), mean time in nanoseconds and bytes allocated per operation.</summary>
    private sealed record Measurement(string Class, string Method, string Parameters, double MeanNanoseconds, double Bytes);

    /// <summary>The growth of one class: its methods' time and bytes at each value of its size parameter.</summary>
    private sealed record ClassGrowth(string Class, string Parameter, IReadOnlyList<double> Sizes, IReadOnlyList<(string Method, double[] Sizes, double[] Milliseconds, double[] Bytes)> Lines)
    {
        /// <summary>The growth of a class, or <see langword="null"/> when it has no single numeric parameter of two values or more.</summary>
        public static ClassGrowth? From(IGrouping<string, Measurement> measurements)
        {
            var sized = measurements.Select(m => (Measurement: m, Size: Size(m.Parameters))).ToList();
            if (sized.Any(s => s.Size is null))
            {
                return null;
            }

            var parameter = sized.Select(s => s.Size!.Value.Name).Distinct().ToList();
            var sizes = sized.Select(s => s.Size!.Value.Value).Distinct().Order().ToList();
            if (parameter.Count != 1 || sizes.Count < 2)
            {
                return null;
            }

            var lines = sized.GroupBy(s => s.Measurement.Method)
                .Select(g =>
                {
                    var points = g.OrderBy(s => s.Size!.Value.Value).ToList();
                    return (g.Key,
                        points.Select(p => p.Size!.Value.Value).ToArray(),
                        points.Select(p => p.Measurement.MeanNanoseconds / 1e6).ToArray(),
                        points.Select(p => p.Measurement.Bytes).ToArray());
                })
                .ToList();
            return new ClassGrowth(measurements.Key, parameter[0], sizes, lines);
        }

        /// <summary>The one numeric parameter of a case (<c>Transfers=10000</c>), or <see langword="null"/>.</summary>
        private static (string Name, double Value)? Size(string parameters)
        {
            var parts = parameters.Split(", ", StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 1)
            {
                return null;
            }

            var pair = parts[0].Split('=', 2);
            return pair.Length == 2 && double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
                ? (pair[0], value)
                : null;
        }

        /// <summary>Writes the class's picture: time on the left, allocation on the right.</summary>
        public void Draw(string file)
        {
            var multiplot = new Multiplot();
            multiplot.AddPlots(2);
            multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
            Panel(multiplot.GetPlot(0), $"{Class}: time per operation", "time", l => l.Milliseconds, Milliseconds);
            Panel(multiplot.GetPlot(1), $"{Class}: allocated per operation", "allocated", l => l.Bytes, Bytes);
            multiplot.SavePng(file, 1200, 450);
        }

        private void Panel(Plot plot, string title, string quantity, Func<(string Method, double[] Sizes, double[] Milliseconds, double[] Bytes), double[]> values, Func<double, string> label)
        {
            plot.Title(title);
            plot.XLabel($"{Parameter} (log)");
            plot.YLabel($"{quantity} (log)");
            var palette = new ScottPlot.Palettes.Category10();
            var index = 0;
            foreach (var line in Lines)
            {
                var ys = values(line);
                var points = line.Sizes.Zip(ys).Where(p => p.Second > 0 && double.IsFinite(p.Second)).ToList();
                if (points.Count == 0)
                {
                    continue;
                }

                var scatter = plot.Add.Scatter(points.Select(p => Math.Log10(p.First)).ToArray(), points.Select(p => Math.Log10(p.Second)).ToArray(), palette.GetColor(index++));
                scatter.LegendText = line.Method;
                scatter.LineWidth = 2;
                scatter.MarkerSize = 7;
            }

            plot.Axes.Bottom.TickGenerator = LogTicks(v => Math.Pow(10, v).ToString("N0", CultureInfo.InvariantCulture));
            plot.Axes.Left.TickGenerator = LogTicks(v => label(Math.Pow(10, v)));
            plot.ShowLegend(Alignment.UpperLeft);
        }

        private static NumericAutomatic LogTicks(Func<double, string> label) => new()
        {
            MinorTickGenerator = new LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = label,
        };

        private static string Milliseconds(double ms) => ms switch
        {
            >= 1000 => $"{ms / 1000:0.#} s",
            >= 1 => $"{ms:0.#} ms",
            >= 0.001 => $"{ms * 1000:0.#} µs",
            _ => $"{ms * 1e6:0.#} ns",
        };

        private static string Bytes(double bytes) => bytes switch
        {
            >= 1e9 => $"{bytes / 1e9:0.#} GB",
            >= 1e6 => $"{bytes / 1e6:0.#} MB",
            >= 1e3 => $"{bytes / 1e3:0.#} KB",
            _ => $"{bytes:0} B",
        };
    }
}
