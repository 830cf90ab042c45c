using System.CommandLine;

namespace Geopolitics.Model.Cli.Tests;

/// <summary>The help's examples and the suggestions for a mistyped command or option.</summary>
public sealed class CommandLineHelpTests
{
    public static TheoryData<string> CommandPaths()
    {
        var data = new TheoryData<string>();
        foreach (var command in AllCommands(Root()))
        {
            data.Add(HelpExamples.PathOf(command));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Help_EveryCommand_PrintsItsExamples(string path)
    {
        var command = Find(path);
        string[] args = [.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];

        var run = CliRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        var examples = HelpExamples.For(command);
        Assert.NotEmpty(examples);
        var section = run.Out[run.Out.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.All(examples, example => Assert.Contains($"  {example}", section, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Examples_EveryCommand_ParseWithoutErrorsAndNameTheCommand(string path)
    {
        foreach (var example in HelpExamples.For(Find(path)))
        {
            Assert.StartsWith($"geopolitics {path}".TrimEnd(), example, StringComparison.Ordinal);
            var parse = Root().Parse(example["geopolitics ".Length..]);
            Assert.Empty(parse.Errors.Select(e => e.Message));
        }
    }

    [Theory]
    [InlineData("reprot", "Did you mean 'report'?")]
    [InlineData("REPROT", "Did you mean 'report'?")]
    [InlineData("defender", "Did you mean 'defenders'?")]
    [InlineData("valdate", "Did you mean 'validate'?")]
    public void Run_MistypedCommand_SuggestsTheCommandAndExitsTwo(string typed, string suggestion)
    {
        var run = CliRun.Of(typed);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{typed}'. {suggestion}", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Run_MistypedOption_SuggestsTheOptionOfThatCommand()
    {
        var run = CliRun.Of("report", "--scnario", "x.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'--scnario'. Did you mean '--scenario'?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MistypedRecursiveOption_SuggestsIt()
    {
        var run = CliRun.Of("report", "--verbsoe");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Did you mean '--verbose'?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MistypedSubcommand_SuggestsTheSubcommandOfItsParent()
    {
        var run = CliRun.Of("import", "atpo", "--members", "m.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'atpo'. Did you mean 'atop'?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WordNearNothing_SuggestsNothing()
    {
        var run = CliRun.Of("xyzzy");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'xyzzy'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Closest_TwoEquallyNearNames_SuggestsBoth()
    {
        Assert.Equal(["--form", "--from"], CommandSuggestions.Closest("--fom", ["--from", "--to", "--form"]));
    }

    private static RootCommand Root() => GeopoliticsCli.Create(new CliContext(TextWriter.Null, TextWriter.Null), GeopoliticsCli.Verbose());

    private static Command Find(string path) =>
        AllCommands(Root()).Single(command => HelpExamples.PathOf(command) == path);

    private static IEnumerable<Command> AllCommands(Command command) =>
        command.Subcommands.SelectMany(AllCommands).Prepend(command);
}
