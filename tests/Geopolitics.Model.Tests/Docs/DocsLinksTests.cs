using System.Text.RegularExpressions;

namespace Geopolitics.Model.Tests.Docs;

/// <summary>Every relative link in the README and in <c>docs/</c> leads to a file or folder of the repository.</summary>
public partial class DocsLinksTests
{
    public static TheoryData<string> Pages() => new(PageList());

    [Theory]
    [MemberData(nameof(Pages))]
    public void RelativeLinks_Resolve(string page)
    {
        var path = Path.Combine(Repository.Root, page);
        var folder = Path.GetDirectoryName(path)!;
        var broken = Links().Matches(File.ReadAllText(path))
            .Select(match => match.Groups["target"].Value)
            .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal))
            .Select(target => target.Split('#')[0])
            .Where(target => target.Length > 0)
            .Where(target => !File.Exists(Path.Combine(folder, target)) && !Directory.Exists(Path.Combine(folder, target)))
            .ToList();

        Assert.True(broken.Count == 0, $"{page} links to what does not exist: {string.Join(", ", broken)}");
    }

    [Fact]
    public void Pages_AreFound() => Assert.Contains("docs/architecture.md", PageList());

    private static List<string> PageList() =>
    [
        "README.md",
        .. Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(page => Path.GetRelativePath(Repository.Root, page).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    // A Markdown inline link or image: [text](target) or [text](target "title"); the text may hold brackets of code.
    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Links();
}
