using System.Text;

namespace Geopolitics.Model.Cli.Tests;

/// <summary>
/// The worked examples' pages (<c>docs/examples/*.md</c>): every <c>```sh</c> block that holds one
/// <c>geopolitics …</c> command and is followed by a <c>```text output</c> block is run through the tool, from the
/// repository's root, and must print exactly that block and exit 0 (the convention: docs/documentation.md).
/// </summary>
public class ExamplePagesTests
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Geopolitics.Model.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Geopolitics.Model.sln above {AppContext.BaseDirectory}.");
    });

    public static TheoryData<string> Commands() => new(All().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_OnAnExamplePage_PrintsItsOutputBlock(string name)
    {
        var command = All().Single(c => c.Name == name);
        var args = Words(command.Command)
            .Skip(1)
            .Select(arg => arg.StartsWith("docs/", StringComparison.Ordinal) ? Path.Combine(Root.Value, arg) : arg)
            .ToArray();

        var run = CliRun.Of(args);

        Assert.True(run.ExitCode == 0, $"{name}: exit {run.ExitCode}: {run.Error}");
        Assert.Equal(Normalize(command.Output), Normalize(run.Out));
    }

    [Fact]
    public void Pages_EveryExamplePageAsksTheToolAtLeastThreeQuestions()
    {
        var pages = Directory.GetFiles(Path.Combine(Root.Value, "docs", "examples"), "*.md")
            .Select(Path.GetFileName)
            .Where(page => page != "README.md")
            .ToList();

        Assert.True(pages.Count >= 5, $"docs/examples has {pages.Count} example pages.");
        Assert.All(pages, page => Assert.True(All().Count(c => c.Page == page) >= 3, $"{page} asks the tool fewer than three questions."));
    }

    [Fact]
    public void Words_QuotedArgument_IsOneWord() =>
        Assert.Equal(["geopolitics", "defenders", "--location", "European USSR"], Words("geopolitics defenders --location \"European USSR\""));

    private static List<PageCommand> All()
    {
        var commands = new List<PageCommand>();
        foreach (var path in Directory.GetFiles(Path.Combine(Root.Value, "docs", "examples"), "*.md").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```sh" || i + 2 >= lines.Length || lines[i + 2].Trim() != "```")
                {
                    continue;
                }

                var next = i + 3;
                while (next < lines.Length && lines[next].Trim().Length == 0)
                {
                    next++;
                }

                if (next >= lines.Length || lines[next].Trim() != "```text output" || !lines[i + 1].StartsWith("geopolitics ", StringComparison.Ordinal))
                {
                    continue;
                }

                var output = new StringBuilder();
                var end = next + 1;
                for (; end < lines.Length && !lines[end].StartsWith("```", StringComparison.Ordinal); end++)
                {
                    output.Append(lines[end]).Append('\n');
                }

                commands.Add(new PageCommand(Path.GetFileName(path), i + 1, lines[i + 1], output.ToString()));
                i = end;
            }
        }

        return commands;
    }

    // Splits a command line as a shell would for the words the pages use: spaces, and double quotes around a word.
    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    any = false;
                }
            }
            else
            {
                word.Append(c);
                any = true;
            }
        }

        if (any)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string Normalize(string text) =>
        string.Join("\n", text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => line.TrimEnd()));

    private sealed record PageCommand(string Page, int LineNumber, string Command, string Output)
    {
        public string Name => $"docs/examples/{Page}:{LineNumber}";
    }
}
