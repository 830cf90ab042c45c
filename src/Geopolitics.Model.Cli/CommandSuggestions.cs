using System.CommandLine;

namespace Geopolitics.Model.Cli;

/// <summary>
/// "Did you mean" for a mistyped command or option: the names of the command line's subcommands (for a word) or
/// options (for a token starting with '-') closest to the token, within a few edits.
/// </summary>
internal static class CommandSuggestions
{
    /// <summary>
    /// The hint to append to a parse error about an unmatched token (<c> Did you mean 'report'?</c>), or an empty string
    /// when the message names no unmatched token or nothing is close to it.
    /// </summary>
    public static string For(string message, ParseResult parse)
    {
        foreach (var token in parse.UnmatchedTokens)
        {
            if (!message.Contains($"'{token}'", StringComparison.Ordinal))
            {
                continue;
            }

            var names = Closest(token, Candidates(parse.CommandResult.Command, token.StartsWith('-')));
            if (names.Count > 0)
            {
                return $" Did you mean {string.Join(" or ", names.Select(name => $"'{name}'"))}?";
            }
        }

        return string.Empty;
    }

    /// <summary>The candidates nearest to the token, at most two edits away (one for names of three letters or fewer).</summary>
    public static IReadOnlyList<string> Closest(string token, IEnumerable<string> candidates)
    {
        var scored = candidates
            .Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Distance: Distance(token.ToLowerInvariant(), name.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Min(2, Math.Max(1, (c.Name.TrimStart('-').Length - 1) / 2)))
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(c => c.Distance);
        return [.. scored.Where(c => c.Distance == best).Select(c => c.Name).Order(StringComparer.Ordinal)];
    }

    // Options of the command and the recursive ones of its ancestors (--help, --verbose), or its visible subcommands.
    private static IEnumerable<string> Candidates(Command command, bool option)
    {
        if (!option)
        {
            return command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
        }

        var options = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            options = options.Concat(parent.Options.Where(o => o.Recursive && !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)));
        }

        return options.Where(name => name.StartsWith('-'));
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one,
    // so 'reprot' is one edit from 'report'.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
