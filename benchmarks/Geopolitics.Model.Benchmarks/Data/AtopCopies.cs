using System.Globalization;
using System.Text;

namespace Geopolitics.Model.Benchmarks.Data;

/// <summary>
/// ATOP 5.1 made larger for the growth of the treaty tables: its member and alliance files with every alliance repeated
/// under new ids (copy c of alliance <c>atopid</c> is <c>atopid + 10000·c</c>; ATOP's ids are below 10,000). The states,
/// dates and obligations are ATOP's own, so the copies are alliances that could exist, and the tables' answers are
/// predictable: the facts (pair, year and alliance) multiply by the number of copies; the directed dyad-year rows stay
/// ATOP's (the copies link the same pairs in the same years with the same obligations); the state-year rows stay ATOP's
/// too, each with that many times its alliance ids.
/// </summary>
public static class AtopCopies
{
    /// <summary>The member and alliance files of <paramref name="copies"/> copies of ATOP 5.1 (ATOP's own files for one).</summary>
    /// <param name="copies">How many copies of every alliance; 1 to 1,000.</param>
    /// <returns>The paths of the member file and the alliance file, written once to the temporary folder and reused.</returns>
    public static (string Members, string Alliances) Files(int copies)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(copies, 1000);
        var members = RepositoryPaths.Dataset("atop/v5.1/atop5_1m.csv");
        var alliances = RepositoryPaths.Dataset("atop/v5.1/atop5_1a.csv");
        if (copies == 1)
        {
            return (members, alliances);
        }

        var folder = Path.Combine(Path.GetTempPath(), "geopolitics-model-benchmarks");
        Directory.CreateDirectory(folder);
        return (Copy(members, folder, copies), Copy(alliances, folder, copies));
    }

    private static string Copy(string source, string folder, int copies)
    {
        var path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(source)}-x{copies}-v1.csv");
        if (File.Exists(path))
        {
            return path;
        }

        // Both files start with the atopid column.
        var lines = File.ReadAllLines(source);
        var partial = $"{path}.{Environment.ProcessId}.tmp";
        using (var writer = new StreamWriter(partial, append: false, new UTF8Encoding(false)))
        {
            writer.Write(lines[0]);
            writer.Write("\r\n");
            for (var copy = 0; copy < copies; copy++)
            {
                foreach (var line in lines.AsSpan(1))
                {
                    if (line.Length == 0)
                    {
                        continue;
                    }

                    var comma = line.IndexOf(',', StringComparison.Ordinal);
                    var id = int.Parse(line.AsSpan(0, comma), NumberStyles.None, CultureInfo.InvariantCulture);
                    if (id >= 10_000)
                    {
                        throw new InvalidOperationException($"ATOP id {id} in {source} is not below 10,000, so the copies' ids would collide.");
                    }

                    writer.Write((id + (10_000 * copy)).ToString(CultureInfo.InvariantCulture));
                    writer.Write(line.AsSpan(comma));
                    writer.Write("\r\n");
                }
            }
        }

        File.Move(partial, path, overwrite: true);
        return path;
    }
}
