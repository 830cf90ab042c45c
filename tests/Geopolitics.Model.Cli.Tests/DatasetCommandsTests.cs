namespace Geopolitics.Model.Cli.Tests;

public sealed class DatasetCommandsTests : IDisposable
{
    private const string AtopMembers = "atop/v5.1/atop5_1m.csv";
    private const string AtopAlliances = "atop/v5.1/atop5_1a.csv";
    private const string AtopStateYears = "atop/v5.1/atop5_1sy.csv";
    private const string CowMembers = "cow/alliances_v4.1/alliance_v4.1_by_member.csv";
    private const string SipriRegister = "sipri/trade_register_2024-10-21/trade-register.csv";
    private const string SipriExport = "sipri/transfers_2025-01-03/trade_2023.csv";

    private readonly string _folder = Directory.CreateTempSubdirectory("geopolitics-cli-data-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SharedDatasetFact(AtopMembers, AtopStateYears)]
    public void AtopStateYears_FromMemberFile_EqualsOfficialFile()
    {
        var output = Path.Combine(_folder, "sy.csv");

        var run = CliRun.Of("atop", "state-years", "--members", SharedDatasetFactAttribute.Path(AtopMembers), "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllBytes(SharedDatasetFactAttribute.Path(AtopStateYears)), File.ReadAllBytes(output));
        Assert.Contains("2510 read", run.Error, StringComparison.Ordinal);
    }

    [SharedDatasetFact(AtopMembers)]
    public void AtopDyadYears_ToStdout_HasHeaderAndRows()
    {
        var run = CliRun.Of("atop", "dyad-years", "--members", SharedDatasetFactAttribute.Path(AtopMembers));

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ccode1,ccode2,year,defense,offense,neutral,nonagg,consul", lines[0].TrimEnd('\r'));
        Assert.True(lines.Length > 200_000);
    }

    [SharedDatasetFact(AtopMembers, AtopAlliances)]
    public void ImportAtop_ThenDefenders_AnswersFromTheImportedScenario()
    {
        var scenario = Path.Combine(_folder, "atop.json");

        var import = CliRun.Of("import", "atop", "--members", SharedDatasetFactAttribute.Path(AtopMembers), "--alliances", SharedDatasetFactAttribute.Path(AtopAlliances), "--out", scenario);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("rejected: ", import.Error, StringComparison.Ordinal); // Annam (8152) is reported, not invented
        var defenders = CliRun.Of("defenders", "--scenario", scenario, "--victim", "KOR", "--on", "2018-06-30", "--format", "json");
        Assert.Equal(0, defenders.ExitCode);
        Assert.Contains(defenders.Json().GetProperty("obligations").EnumerateArray(), o => o.GetProperty("guarantor").GetString() == "USA");
    }

    [SharedDatasetFact(CowMembers)]
    public void ImportCow_WritesValidScenario()
    {
        var scenario = Path.Combine(_folder, "cow.json");

        var run = CliRun.Of("import", "cow", "--members", SharedDatasetFactAttribute.Path(CowMembers), "--out", scenario);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, CliRun.Of("validate", scenario).ExitCode);
    }

    [SharedDatasetFact(SipriExport)]
    public void SipriTotals_ByDeliveryYear_WritesCsv()
    {
        var run = CliRun.Of("sipri", "totals", "--file", SharedDatasetFactAttribute.Path(SipriExport), "--by", "pair", "--year", "delivery");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("supplier,recipient,year,tiv\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("rejected", run.Error, StringComparison.Ordinal);
    }

    [SharedDatasetFact(SipriRegister)]
    public void SipriTotals_RegisterByDeliveryYear_ExitsOneAndSaysWhy()
    {
        var run = CliRun.Of("sipri", "totals", "--file", SharedDatasetFactAttribute.Path(SipriRegister), "--by", "supplier", "--year", "delivery");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("order year", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Theory]
    [InlineData("import", "sipri", "--file")]
    [InlineData("import", "atop", "--members")]
    [InlineData("import", "cow", "--members")]
    [InlineData("atop", "state-years", "--members")]
    [InlineData("sipri", "totals", "--by", "pair", "--file")]
    public void DatasetCommand_MissingFile_ExitsTwo(params string[] args) =>
        Assert.Equal(2, CliRun.Of([.. args, Path.Combine(_folder, "missing.csv")]).ExitCode);

    [Fact]
    public void SipriTotals_BadGrouping_ExitsTwo() =>
        Assert.Equal(2, CliRun.Of("sipri", "totals", "--file", "x.csv", "--by", "continent").ExitCode);

    [Fact]
    public void SipriTotals_TivsNearDecimalMax_SaturateWithANoteInsteadOfThrowing()
    {
        var max = decimal.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var file = Path.Combine(_folder, "huge.csv");
        File.WriteAllText(file,
            "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\n" +
            $"Taiwan,United States,2019,,1,,F-16V,fighter aircraft,1,,2021,New,,{max},{max},{max}\n" +
            $"Taiwan,United States,2019,,1,,F-16B,fighter aircraft,1,,2021,New,,{max},{max},{max}\n");

        var run = CliRun.Of("sipri", "totals", "--file", file, "--by", "supplier");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"supplier,year,tiv\nUSA,2019,{max}\n", run.Out);
        Assert.Contains("note: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("GM1420", run.Error, StringComparison.Ordinal);
    }
}
