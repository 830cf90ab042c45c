using System.Text;

namespace Geopolitics.Model.Tests.Docs;

/// <summary>
/// One <c>```csharp</c> block of a documentation page, with the <c>```text output</c> block that follows it, if any
/// (the conventions are in docs/documentation.md).
/// </summary>
/// <param name="Page">The page, relative to the repository's root, with <c>/</c> separators.</param>
/// <param name="Line">The line of the opening fence, from 1.</param>
/// <param name="Excerpt">The source file the block quotes (<c>```csharp excerpt=PATH</c>), or <see langword="null"/> for a program.</param>
/// <param name="Code">The block's text.</param>
/// <param name="Output">What the program prints, from the <c>```text output</c> block right after it, or <see langword="null"/>.</param>
/// <param name="Web">Whether the block is an ASP.NET Core program (<c>```csharp web</c>), compiled as <c>dotnet new web</c> would.</param>
internal sealed record DocSnippet(string Page, int Line, string? Excerpt, string Code, string? Output, bool Web = false)
{
    /// <summary>The snippet's name in test results: its page and line.</summary>
    public string Name => $"{Page}:{Line}";

    /// <summary>Every page whose snippets are checked: the README, every page under docs/ and each package's README.</summary>
    public static IReadOnlyList<string> Pages() =>
    [
        "README.md",
        .. Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "README.md", SearchOption.AllDirectories))
            .Select(page => Path.GetRelativePath(Repository.Root, page).Replace('\\', '/'))
            .Where(page => !page.Contains("/bin/", StringComparison.Ordinal) && !page.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Every snippet of every page, in page order.</summary>
    public static IReadOnlyList<DocSnippet> All() => [.. Pages().SelectMany(Read)];

    /// <summary>The snippets of one page.</summary>
    /// <param name="page">The page, relative to the repository's root.</param>
    /// <returns>Its <c>csharp</c> blocks, each with its output block.</returns>
    public static IEnumerable<DocSnippet> Read(string page)
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, page));
        for (var i = 0; i < lines.Length; i++)
        {
            var info = FenceInfo(lines[i]);
            if (info is null)
            {
                continue;
            }

            var (body, close) = Body(lines, i);
            var words = info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0 && words[0] == "csharp")
            {
                var excerpt = words.Skip(1).FirstOrDefault(w => w.StartsWith("excerpt=", StringComparison.Ordinal))?["excerpt=".Length..];
                string? output = null;
                var next = close + 1;
                while (next < lines.Length && lines[next].Trim().Length == 0)
                {
                    next++;
                }

                if (next < lines.Length && FenceInfo(lines[next]) is { } nextInfo
                    && nextInfo.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["text", "output", ..])
                {
                    (output, _) = Body(lines, next);
                }

                yield return new DocSnippet(page, i + 1, excerpt, body, output, words.Contains("web"));
            }

            i = close;
        }
    }

    private static string? FenceInfo(string line) =>
        line.StartsWith("```", StringComparison.Ordinal) ? line[3..].Trim() : null;

    private static (string Body, int Close) Body(string[] lines, int open)
    {
        var text = new StringBuilder();
        var i = open + 1;
        for (; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
        {
            text.Append(lines[i]).Append('\n');
        }

        return (text.ToString(), i);
    }
}
