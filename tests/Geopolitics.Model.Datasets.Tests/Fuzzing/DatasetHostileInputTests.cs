using System.Text;
using static Geopolitics.Model.Datasets.Tests.Fuzzing.DatasetLoaders;

namespace Geopolitics.Model.Datasets.Tests.Fuzzing;

/// <summary>
/// Files a user did not write, fed to the ATOP, COW and SIPRI importers: empty, header only, truncated, wrong
/// encodings, byte order marks, huge numbers, NaN, another dataset's header, swapped or duplicated columns, very long
/// lines. Each gets rejected rows or a failure with coded, located errors, or a correct import: never an exception.
/// </summary>
public class DatasetHostileInputTests
{
    public static TheoryData<string> Loaders => ["atop", "cow", "sipri"];

    private static readonly Dictionary<string, (Func<byte[], bool, Outcome> Load, string Sample)> Importers = new()
    {
        ["atop"] = ((bytes, strict) => DatasetLoaders.Atop(bytes, strict), "atop/handmade/quirks-members.csv"),
        ["cow"] = ((bytes, strict) => DatasetLoaders.Cow(bytes, strict), "cow/handmade/quirks.csv"),
        ["sipri"] = ((bytes, strict) => DatasetLoaders.Sipri(bytes, strict), "sipri/handmade/register_quirks.csv"),
    };

    private static Outcome Load(string loader, byte[] bytes, bool strict = false) => Importers[loader].Load(bytes, strict);

    // From a file, as a user would import it: the readers stream it rather than hold it.
    private static Outcome Load(string loader, string path) => loader switch
    {
        "atop" => FromAtop(Geopolitics.Model.Datasets.Atop.AtopImporter.Import(path)),
        "cow" => FromCow(Geopolitics.Model.Datasets.Cow.CowAllianceImporter.Import(path)),
        _ => Geopolitics.Model.Datasets.Sipri.SipriImporter.Import(path).Match(
            import => new Outcome(true, null, import.Rejected, import.RowsRead),
            errors => new Outcome(false, null, [.. errors.Select(e => e with { Location = e.Location with { File = FileName } })], 0)),
    };

    private static Outcome FromAtop(Geopolitics.Model.Datasets.Atop.AtopImport import) =>
        new(import.Succeeded, import.Scenario, [.. import.Rejected.Concat(import.Notes).Select(e => e with { Location = e.Location with { File = FileName } })], import.Members.Read);

    private static Outcome FromCow(Geopolitics.Model.Datasets.Cow.CowImport import) =>
        new(import.Succeeded, import.Scenario, [.. import.Rejected.Concat(import.Notes).Select(e => e with { Location = e.Location with { File = FileName } })], import.Rows.Read);

    private static byte[] Sample(string loader) => File.ReadAllBytes(DatasetFiles.Data(Importers[loader].Sample.Split('/')));

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Import_Sample_SucceedsAndPassesTheChecks(string loader)
    {
        var outcome = Load(loader, Sample(loader));

        Assert.True(outcome.Succeeded);
        Assert.Null(Problem(outcome));
        Assert.True(outcome.Rows > 0);
    }

    public static TheoryData<string, string> Blank => new()
    {
        { "atop", "" }, { "cow", "" }, { "sipri", "" },
        { "atop", "\uFEFF" }, { "cow", "\uFEFF" }, { "sipri", "\uFEFF" },
        { "atop", "\n\n\n" }, { "cow", " \r\n " }, { "sipri", ";;;\n;;;\n" },
    };

    [Theory]
    [MemberData(nameof(Blank))]
    public void Import_EmptyOrBlankFile_FailsWithALocatedError(string loader, string text)
    {
        var outcome = Load(loader, Encoding.UTF8.GetBytes(text));

        Assert.False(outcome.Succeeded);
        Assert.Null(Problem(outcome));
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Import_HeaderOnly_ImportsNothingOrFailsButNeverThrows(string loader)
    {
        var (lines, _, header) = Table(loader);

        var outcome = Load(loader, Encoding.UTF8.GetBytes(string.Join('\n', lines.Take(header + 1)) + "\n"));

        Assert.Null(Problem(outcome));
        Assert.True(outcome.Scenario is null || outcome.Scenario.Treaties.IsEmpty && outcome.Scenario.Transfers.IsEmpty);
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Import_EveryTruncation_NeverThrowsAndLocatesEveryError(string loader)
    {
        var bytes = Sample(loader);
        for (var cut = 0; cut <= bytes.Length; cut += Math.Max(1, bytes.Length / 150))
        {
            Assert.Null(Problem(Load(loader, bytes[..cut])));
            Assert.Null(Problem(Load(loader, bytes[..cut], strict: true)));
        }
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Import_WrongEncodings_NeverThrow(string loader)
    {
        var text = Encoding.UTF8.GetString(Sample(loader));
        byte[][] files =
        [
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            Encoding.BigEndianUnicode.GetBytes(text),
            Encoding.Latin1.GetBytes(text.Replace("Portugal", "Portugal\u00e9", StringComparison.Ordinal)),
            [.. Encoding.UTF8.GetBytes(text[..(text.Length / 2)]), 0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes(text[(text.Length / 2)..])],
            [.. Encoding.UTF8.GetBytes(text), 0, 0, 0],
        ];

        Assert.All(files, file => Assert.Null(Problem(Load(loader, file))));
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Import_ByteOrderMark_GivesTheSameImport(string loader)
    {
        var plain = Load(loader, Sample(loader));
        var marked = Load(loader, [.. Encoding.UTF8.GetPreamble(), .. Sample(loader)]);

        Assert.Equal(plain.Succeeded, marked.Succeeded);
        Assert.Equal(plain.Rows, marked.Rows);
        Assert.Equal(plain.Errors.Select(e => e.Code), marked.Errors.Select(e => e.Code));
    }

    public static TheoryData<string, string> HostileFields => new()
    {
        { "atop", "99999999999999999999" }, { "atop", "1e999" }, { "atop", "NaN" }, { "atop", "-1" }, { "atop", "" }, { "atop", "2147483648" },
        { "cow", "99999999999999999999" }, { "cow", "1e999" }, { "cow", "NaN" }, { "cow", "-1" }, { "cow", "" }, { "cow", "2147483648" },
        { "sipri", "99999999999999999999" }, { "sipri", "1e999" }, { "sipri", "NaN" }, { "sipri", "-1" }, { "sipri", "" }, { "sipri", "2147483648" },
    };

    [Theory]
    [MemberData(nameof(HostileFields))]
    public void Import_HostileValueInEveryColumn_NeverThrows(string loader, string value)
    {
        var (lines, delimiter, header) = Table(loader);
        var row = header + 1;
        var width = lines[header].Split(delimiter).Length;
        for (var column = 0; column < width; column++)
        {
            var cells = lines[row].Split(delimiter);
            if (column >= cells.Length)
            {
                break;
            }

            cells[column] = value;
            var changed = lines.ToArray();
            changed[row] = string.Join(delimiter, cells);

            var outcome = Load(loader, Encoding.UTF8.GetBytes(string.Join('\n', changed)));

            Assert.True(Problem(outcome) is null, $"Column {column} = '{value}': {Problem(outcome)}");
        }
    }

    [Theory]
    [InlineData("atop")]
    [InlineData("cow")]
    public void Import_ColumnsInAnotherOrder_GivesTheSameImport(string loader)
    {
        var (all, delimiter, header) = Table(loader);
        var width = all[header].Split(delimiter).Length;

        // Only the rows whose every cell is a plain field: a quoted delimiter or line break would be split here.
        var lines = all.Where((line, index) => index < header || line.Split(delimiter).Length == width).ToArray();
        var order = Enumerable.Range(0, width).Reverse().ToArray();
        var reordered = lines.Select((line, index) => index < header ? line : string.Join(delimiter, order.Select(i => line.Split(delimiter)[i])));

        var expected = Load(loader, Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        Assert.True(expected.Rows > 0);
        var actual = Load(loader, Encoding.UTF8.GetBytes(string.Join('\n', reordered)));

        Assert.Equal(expected.Succeeded, actual.Succeeded);
        Assert.Equal(expected.Rows, actual.Rows);
        Assert.Equal(expected.Errors.Select(e => (e.Code, e.Location.Line)), actual.Errors.Select(e => (e.Code, e.Location.Line)));
        Assert.Equal(expected.Scenario?.Treaties.ToArray(), actual.Scenario?.Treaties.ToArray());
        Assert.Equal(expected.Scenario?.Transfers.ToArray(), actual.Scenario?.Transfers.ToArray());
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Import_TwoHeaderNamesSwapped_RejectsRowsOrImportsButNeverThrows(string loader)
    {
        var (lines, delimiter, header) = Table(loader);
        var names = lines[header].Split(delimiter);
        for (var a = 0; a + 1 < names.Length; a++)
        {
            var swapped = names.ToArray();
            (swapped[a], swapped[a + 1]) = (swapped[a + 1], swapped[a]);
            var changed = lines.ToArray();
            changed[header] = string.Join(delimiter, swapped);

            var outcome = Load(loader, Encoding.UTF8.GetBytes(string.Join('\n', changed)), strict: a % 2 == 0);

            Assert.True(Problem(outcome) is null, $"Columns {a} and {a + 1} swapped: {Problem(outcome)}");
        }
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Import_MissingOrDuplicatedColumn_NeverThrows(string loader)
    {
        var (lines, delimiter, header) = Table(loader);
        var names = lines[header].Split(delimiter);
        for (var a = 0; a < names.Length; a++)
        {
            var dropped = lines.Select((line, index) => index < header ? line : string.Join(delimiter, line.Split(delimiter).Where((_, i) => i != a)));
            Assert.Null(Problem(Load(loader, Encoding.UTF8.GetBytes(string.Join('\n', dropped)))));

            var duplicated = lines.ToArray();
            var renamed = names.ToArray();
            renamed[a] = names[(a + 1) % names.Length];
            duplicated[header] = string.Join(delimiter, renamed);
            Assert.Null(Problem(Load(loader, Encoding.UTF8.GetBytes(string.Join('\n', duplicated)))));
        }
    }

    [Theory]
    [InlineData("atop", "cow")]
    [InlineData("atop", "sipri")]
    [InlineData("cow", "atop")]
    [InlineData("cow", "sipri")]
    [InlineData("sipri", "atop")]
    [InlineData("sipri", "cow")]
    public void Import_AnotherDatasetsFile_FailsWithALocatedError(string loader, string other)
    {
        var outcome = Load(loader, Sample(other));

        Assert.Null(Problem(outcome));
        Assert.False(outcome.Succeeded && outcome.Rows > 0 && outcome.Errors.IsEmpty, $"{loader} imported a {other} file without a word.");
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Import_ScenarioJsonOrBinary_FailsWithoutAnException(string loader)
    {
        Assert.Null(Problem(Load(loader, "{ \"formatVersion\": 1, \"name\": \"x\" }"u8.ToArray())));
        Assert.Null(Problem(Load(loader, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])));
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Import_TenMegabyteLine_NeverThrows(string loader)
    {
        var (lines, delimiter, header) = Table(loader);
        var changed = lines.ToArray();
        changed[header + 1] = new string('9', 10_000_000) + delimiter + changed[header + 1];

        Assert.Null(Problem(Load(loader, Encoding.UTF8.GetBytes(string.Join('\n', changed)))));
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Import_HundredMegabyteFile_FailsWithoutAnExceptionAndWithMemoryInProportion(string loader)
    {
        var (lines, _, header) = Table(loader);
        var path = Path.Combine(Path.GetTempPath(), $"geopolitics-{loader}-100mb-{Guid.NewGuid():N}.csv");
        const long size = 100L * 1024 * 1024;
        try
        {
            using (var file = File.Create(path))
            {
                file.Write(Encoding.UTF8.GetBytes(string.Join('\n', lines.Take(header + 1)) + "\n"));
                var digits = new byte[1024 * 1024];
                Array.Fill(digits, (byte)'9');
                for (var i = 0; i < 100; i++)
                {
                    file.Write(digits);
                }
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var outcome = Load(loader, path);
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

            Assert.Null(Problem(outcome));
            Assert.True(outcome.Scenario is null || outcome.Scenario.Treaties.IsEmpty && outcome.Scenario.Transfers.IsEmpty);
            Assert.True(allocated < 10 * size, $"Importing {size} bytes allocated {allocated} bytes.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Import_ManyBadRows_RejectsEachWithItsLine(string loader)
    {
        var (lines, delimiter, header) = Table(loader);
        var width = lines[header].Split(delimiter).Length;
        var bad = string.Join(delimiter, Enumerable.Repeat("x", width));
        var text = string.Join('\n', lines.Take(header + 1).Concat(Enumerable.Repeat(bad, 5_000)));

        var outcome = Load(loader, Encoding.UTF8.GetBytes(text));

        Assert.Null(Problem(outcome));
        Assert.True(outcome.Errors.Length >= 1);
        Assert.All(outcome.Errors.Where(e => e.Location.Line is not null), e => Assert.InRange(e.Location.Line!.Value, 1, header + 5_001 + 1));
    }

    // The sample's lines, its delimiter, and the index of its header: the first line with the most delimiters.
    private static (string[] Lines, char Delimiter, int Header) Table(string loader)
    {
        var text = Encoding.UTF8.GetString(Sample(loader)).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        var delimiter = text.Count(c => c == ';') > text.Count(c => c == ',') ? ';' : ',';
        var lines = text.Split('\n');
        var header = lines.Select((line, index) => (Count: line.Count(c => c == delimiter), index)).MaxBy(x => x.Count).index;
        return (lines, delimiter, header);
    }
}
