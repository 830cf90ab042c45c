using System.Text;

namespace Geopolitics.Model.Cli.Tests;

/// <summary>
/// Every failure of the tool is a one-line located message and an exit code, never a stack trace (issue 15, item 2):
/// 2 for the command line or the environment, 1 for data, 70 for an internal error.
/// </summary>
public sealed class ToolFailureTests : IDisposable
{
    private const string RegisterHeader =
        "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("geopolitics-cli-fail-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Register()
    {
        var path = Path.Combine(_folder, "register.csv");
        File.WriteAllText(path, RegisterHeader + "Taiwan,United States,2019,,1,,F-16V,fighter aircraft,1,,2021,New,,50,50,50\n");
        return path;
    }

    private static void AssertOneLineWithoutTrace(CliRun run)
    {
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "")]
    [InlineData("validate", " ")]
    [InlineData("report", "--scenario", "")]
    [InlineData("status", "--treaty", "x", "--on", "2024-01-01", "--scenario", "")]
    [InlineData("import", "sipri", "--file", "")]
    [InlineData("import", "atop", "--members", "")]
    [InlineData("import", "cow", "--members", "")]
    [InlineData("sipri", "totals", "--by", "pair", "--file", "")]
    public void Run_EmptyPath_IsAUsageErrorNamingTheOption(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        AssertOneLineWithoutTrace(run);
        Assert.Contains("names no file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportAtop_FileWithoutSomeConditionColumns_PrintsTheNoteNamingThem()
    {
        var members = Path.Combine(_folder, "members.csv");
        File.WriteAllText(members,
            "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,version\n" +
            "9001,2,1950,1,1,0,0,0,1,1,0,0,0,0,5.1\n9001,20,1950,1,1,0,0,0,1,1,0,0,0,0,5.1\n");

        var run = CliRun.Of("import", "atop", "--members", members, "--out", Path.Combine(_folder, "atop.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("note: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("GM1318", run.Error, StringComparison.Ordinal);
        Assert.Contains("'defconpr'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OutIsAFolder_ExitsTwoNamingIt()
    {
        var run = CliRun.Of("import", "sipri", "--file", Register(), "--out", _folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: --out '{_folder}' is a folder", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OutInAMissingFolder_ExitsTwoNamingIt()
    {
        var target = Path.Combine(_folder, "no-such-folder", "out.json");

        var run = CliRun.Of("import", "sipri", "--file", Register(), "--out", target);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: --out '{target}' cannot be opened for writing", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [FullDeviceFact]
    public void SipriTotals_OutOnAFullDevice_ExitsTwoNamingIt()
    {
        var run = CliRun.Of("sipri", "totals", "--file", Register(), "--by", "pair", "--out", "/dev/full");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --out '/dev/full' cannot be written", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StandardOutputFails_ExitsTwoSayingItCouldNotWriteThere()
    {
        using var error = new StringWriter();

        var code = GeopoliticsCli.Run(["report", "--on", "2025-01-01"], new FailingWriter(new IOException("No space left on device")), error);

        Assert.Equal(2, code);
        Assert.Equal("error: cannot write to standard output: No space left on device", error.ToString().TrimEnd());
    }

    [Fact]
    public void Run_UnexpectedException_IsAnInternalErrorInOneLineWithExitSeventy()
    {
        using var error = new StringWriter();

        var code = GeopoliticsCli.Run(["report", "--on", "2025-01-01"], new FailingWriter(new InvalidOperationException("first line\nsecond line")), error);

        Assert.Equal(70, code);
        var line = Assert.Single(error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("internal error: InvalidOperationException: first line second line", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnexpectedExceptionWithVerbose_AddsTheStackTrace()
    {
        using var error = new StringWriter();

        var code = GeopoliticsCli.Run(["report", "--on", "2025-01-01", "--verbose"], new FailingWriter(new InvalidOperationException("boom")), error);

        Assert.Equal(70, code);
        Assert.StartsWith("internal error: InvalidOperationException: boom", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("   at ", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A standard output that fails on the first write, as a full device or a broken pipe does.</summary>
    private sealed class FailingWriter(Exception failure) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw failure;

        public override void Write(string? value) => throw failure;
    }

    /// <summary>A fact that writes to <c>/dev/full</c> (Linux, as in CI); skipped where there is none.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    private sealed class FullDeviceFactAttribute : FactAttribute
    {
        public FullDeviceFactAttribute()
        {
            if (!File.Exists("/dev/full"))
            {
                Skip = "There is no /dev/full on this system.";
            }
        }
    }
}
