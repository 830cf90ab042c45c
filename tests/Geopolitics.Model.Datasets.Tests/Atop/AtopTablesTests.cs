using System.Globalization;
using Geopolitics.Model.Datasets.Atop;

namespace Geopolitics.Model.Datasets.Tests.Atop;

public sealed class AtopTablesTests
{
    private const string StateYearFile = "atop/v5.1/atop5_1sy.csv";

    [DatasetFact(StateYearFile)]
    public void StateYears_Atop51Members_EqualOfficialStateYearFileInEveryRowAndColumn()
    {
        var rows = AtopTables.StateYears(AtopData.V51);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        AtopTables.WriteStateYearsCsv(rows, AtopData.V51.Version!.Name, writer);

        var expected = File.ReadAllLines(DatasetFiles.Shared(StateYearFile)!);
        var actual = writer.ToString().Split("\r\n");
        Assert.Equal(11_923, rows.Length);
        Assert.Equal(expected.Length, actual.Length - 1);
        Assert.Equal(string.Empty, actual[^1]);
        var mismatches = new List<string>();
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] != actual[i])
            {
                mismatches.Add($"line {i + 1}: expected {expected[i]} but got {actual[i]}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} lines differ:\n{string.Join('\n', mismatches.Take(20))}");
    }

    [DatasetFact(StateYearFile)]
    public void WriteStateYearsCsv_Atop51_IsByteForByteTheOfficialFile()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        AtopTables.WriteStateYearsCsv(AtopTables.StateYears(AtopData.V51), "5.1", writer);

        Assert.Equal(File.ReadAllText(DatasetFiles.Shared(StateYearFile)!), writer.ToString());
    }
}
