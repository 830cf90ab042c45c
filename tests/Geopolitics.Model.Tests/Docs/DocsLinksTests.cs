using System.Text;
using System.Text.RegularExpressions;

namespace Geopolitics.Model.Tests.Docs;

/// <summary>
/// Every relative link in the README, in <c>docs/</c> and in each package's README leads to a file or folder of the
/// repository, and a link's <c>#anchor</c> into a Markdown page names one of its headings (as GitHub makes them).
/// </summary>
public partial class DocsLinksTests
{
    public static TheoryData<string> Pages() => new(DocSnippet.Pages());

    [Theory]
    [MemberData(nameof(Pages))]
    public void RelativeLinks_Resolve(string page)
    {
        var path = Path.Combine(Repository.Root, page);
        var broken = Targets(path).Where(target => Problem(path, target) is not null).ToList();

        Assert.True(broken.Count == 0, $"{page} links to what does not exist: {string.Join(", ", broken)}");
    }

    [Fact]
    public void Pages_AreFound()
    {
        Assert.Contains("docs/architecture.md", DocSnippet.Pages());
        Assert.Contains("src/Geopolitics.Model/README.md", DocSnippet.Pages());
    }

    [Theory]
    [InlineData("## Treaties: error codes (GM04xx)", "treaties-error-codes-gm04xx")]
    [InlineData("## ATOP import: error codes (GM1301–GM1349)", "atop-import-error-codes-gm1301gm1349")]
    [InlineData("## The country catalogue (`CountryCatalogue`)", "the-country-catalogue-countrycatalogue")]
    [InlineData("### atop dyad-years --members FILE [--out FILE]", "atop-dyad-years---members-file---out-file")]
    public void Anchor_OfAHeading_IsGitHubs(string heading, string anchor) =>
        Assert.Equal(anchor, Anchor(heading.TrimStart('#')));

    [Fact]
    public void Problem_AnchorThatNamesNoHeading_IsReported()
    {
        var page = Path.Combine(Repository.Root, "docs", "concepts", "stances.md");

        Assert.Null(Problem(page, "#votes"));
        Assert.NotNull(Problem(page, "#no-such-heading"));
        Assert.NotNull(Problem(page, "no-such-page.md"));
    }

    private static IEnumerable<string> Targets(string path) =>
        Links().Matches(OutsideCode(File.ReadAllLines(path), spans: true))
            .Select(match => match.Groups["target"].Value)
            .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal));

    // Why a target does not resolve from this page, or null when it does.
    private static string? Problem(string page, string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var file = hash < 0 ? target : target[..hash];
        var anchor = hash < 0 ? null : target[(hash + 1)..];
        var resolved = file.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, file));
        if (!File.Exists(resolved) && !Directory.Exists(resolved))
        {
            return "no such file";
        }

        return anchor is null || !resolved.EndsWith(".md", StringComparison.Ordinal) || Headings(resolved).Contains(anchor)
            ? null
            : "no such heading";
    }

    // The anchors of a page's headings; a repeated heading gets -1, -2, … as on GitHub.
    private static HashSet<string> Headings(string page)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in OutsideCode(File.ReadAllLines(page), spans: false).Split('\n'))
        {
            if (Heading().Match(line) is { Success: true } heading)
            {
                var anchor = Anchor(heading.Groups["text"].Value);
                var unique = anchor;
                for (var n = 1; !anchors.Add(unique); n++)
                {
                    unique = $"{anchor}-{n}";
                }
            }
        }

        return anchors;
    }

    // GitHub's rule: lower case, drop what is not a letter, digit, space, hyphen or underscore, spaces to hyphens.
    private static string Anchor(string heading)
    {
        var text = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                text.Append(c);
            }
            else if (c == ' ')
            {
                text.Append('-');
            }
        }

        return text.ToString();
    }

    // The page without its fenced code blocks, whose '#' lines are comments; with spans, without its code spans too,
    // which GitHub shows as they are (a link's text may be code: [`file.md`](file.md) keeps its target).
    private static string OutsideCode(string[] lines, bool spans)
    {
        var text = new StringBuilder();
        var inFence = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (!inFence)
            {
                text.Append(spans ? CodeSpan().Replace(line, "``") : line).Append('\n');
            }
        }

        return text.ToString();
    }

    // A Markdown inline link or image: [text](target) or [text](target "title"); the text may hold brackets of code.
    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Links();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
