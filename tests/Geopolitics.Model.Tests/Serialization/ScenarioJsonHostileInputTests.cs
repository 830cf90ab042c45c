using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;
using OneOf;
using static Geopolitics.Model.Tests.Serialization.ScenarioJsonDocuments;

namespace Geopolitics.Model.Tests.Serialization;

/// <summary>
/// Files a user did not write, fed to <see cref="ScenarioJson"/>: empty, truncated, wrongly encoded, with byte order
/// marks, huge numbers, NaN, duplicate keys, 10,000 levels of nesting, 100 MB, another format altogether. Each gets
/// a located error or a correct scenario: never an exception, a hang or memory beyond the documented limits.
/// </summary>
public class ScenarioJsonHostileInputTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static string Minimal => """{ "formatVersion": 1, "name": "x" }""";

    /// <summary>Two money transfers between RUS and PRK with the given amounts, as JSON numbers.</summary>
    private static string TwoPayments(string first, string second) => $$"""
        {
          "formatVersion": 1,
          "name": "Payments",
          "actors": [
            { "id": "RUS", "kind": "state", "name": "Russia" },
            { "id": "PRK", "kind": "state", "name": "North Korea" }
          ],
          "transfers": [
            { "id": "a", "supplier": "RUS", "recipient": "PRK", "period": { "start": "2024" }, "status": "ongoing",
              "item": { "kind": "money", "money": { "currency": "USD", "amount": { "qualifier": "exact", "low": {{first}} } } },
              "evidence": { "confidence": "reported" } },
            { "id": "b", "supplier": "RUS", "recipient": "PRK", "period": { "start": "2024" }, "status": "ongoing",
              "item": { "kind": "money", "money": { "currency": "USD", "amount": { "qualifier": "exact", "low": {{second}} } } },
              "evidence": { "confidence": "reported" } }
          ]
        }
        """;

    // ---- Empty, blank and byte order marks ----

    public static TheoryData<byte[]> BlankFiles => [[], [.. Bom], [.. Bom, .. " \r\n\t "u8], [.. "\n\n\n"u8]];

    [Theory]
    [MemberData(nameof(BlankFiles))]
    public void Load_EmptyOrBlankFile_IsInvalidJsonAtTheStart(byte[] bytes)
    {
        var error = Assert.Single(Refused(Load(bytes)));

        Assert.Equal(ErrorCodes.InvalidJson, error.Code);
        Assert.Equal((1L, 1L), (error.Location.Line!.Value, error.Location.Column!.Value));
    }

    [Fact]
    public void Load_TwoByteOrderMarks_IsInvalidJsonNotAnException() =>
        AssertLocated(Refused(Load([.. Bom, .. Bom, .. Encoding.UTF8.GetBytes(Minimal)])), ErrorCodes.InvalidJson);

    [Fact]
    public void Load_ByteOrderMarkThenValidFile_ReadsIt() =>
        Assert.Equal("x", Load([.. Bom, .. Encoding.UTF8.GetBytes(Minimal)]).AsT0.Name);

    // ---- Wrong encodings and invalid UTF-8 ----

    public static TheoryData<string, byte[]> WrongEncodings => new()
    {
        { "UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Minimal)] },
        { "UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Minimal)] },
        { "UTF-16 LE without BOM", Encoding.Unicode.GetBytes(Minimal) },
        { "UTF-32 LE with BOM", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Minimal)] },
        { "Latin-1 name", [.. "{ \"formatVersion\": 1, \"name\": \"Stra"u8, 0xDF, .. "e\" }"u8] },
        { "overlong NUL", [.. "{ \"formatVersion\": 1, \"name\": \"a"u8, 0xC0, 0x80, .. "\" }"u8] },
        { "UTF-8 encoded surrogate", [.. "{ \"formatVersion\": 1, \"name\": \"a"u8, 0xED, 0xA0, 0x80, .. "\" }"u8] },
        { "code point above U+10FFFF", [.. "{ \"formatVersion\": 1, \"name\": \"a"u8, 0xF4, 0x90, 0x80, 0x80, .. "\" }"u8] },
        { "lone continuation byte in a member name", [.. "{ \"formatVersion\": 1, \""u8, 0x80, .. "\": 1 }"u8] },
        { "multi-byte sequence cut by the end of the file", [.. "{ \"formatVersion\": 1, \"name\": \"a"u8, 0xE2, 0x82] },
        { "invalid byte outside any string", [.. "{ \"formatVersion\": 1, "u8, 0xFF, .. "\"name\": \"a\" }"u8] },
        { "NUL bytes", [.. "{ \"formatVersion\": 1,\0\"name\": \"a\" }"u8] },
    };

    [Theory]
    [MemberData(nameof(WrongEncodings))]
    public void Load_NotUtf8_IsInvalidJsonWithALocation(string description, byte[] bytes)
    {
        var errors = Refused(Load(bytes));

        AssertLocated(errors, ErrorCodes.InvalidJson);
        Assert.False(string.IsNullOrEmpty(description));
    }

    [Fact]
    public void Load_InvalidUtf8OnTheThirdLine_PointsAtItsLineAndColumn()
    {
        byte[] bytes = [.. "{\n  \"formatVersion\": 1,\n  \"name\": \"ab"u8, 0xFF, .. "\"\n}"u8];

        var error = Assert.Single(Refused(Load(bytes)));

        Assert.Equal(ErrorCodes.InvalidJson, error.Code);
        Assert.Equal(3, error.Location.Line);
        Assert.Equal(14, error.Location.Column);
    }

    [Fact]
    public void Parse_EscapedControlCharactersAndNul_AreTextNotErrors()
    {
        // Free text such as a description may hold them (every writer escapes them); names may not (GM0804, SemanticNonsenseTests).
        var scenario = Accepted("""{ "formatVersion": 1, "name": "\ud83d\ude00", "description": "a\u0000b\u0007\t\"c\"" }""");

        Assert.Equal("a\0b\a\t\"c\"", scenario.Description);
        Assert.Equal("\U0001F600", scenario.Name);
    }

    [Fact]
    public void Parse_EscapedControlCharacterInAName_IsReadThenRefusedAsAnInvalidName()
    {
        var errors = ErrorsOf("""{ "formatVersion": 1, "name": "a\u0000b" }""");

        Assert.Equal(ErrorCodes.InvalidName, Assert.Single(errors).Code);
    }

    // ---- Truncation ----

    [Fact]
    public void Load_EveryTruncationOfTheSeedFile_IsALocatedErrorOrTheWholeScenario()
    {
        var bytes = ReadSeed();
        var lastBrace = Array.LastIndexOf(bytes, (byte)'}');
        var cuts = Enumerable.Range(0, 400).Select(i => (int)((long)i * bytes.Length / 400)).Append(lastBrace).Append(lastBrace + 1).Distinct();
        foreach (var cut in cuts)
        {
            var result = Load(bytes[..cut]);
            if (cut > lastBrace)
            {
                Assert.True(result.IsT0, $"The file cut after its closing brace ({cut} bytes) should read.");
                continue;
            }

            AssertLocated(Refused(result), ErrorCodes.InvalidJson);
        }
    }

    [Fact]
    public void Load_TruncatedInsideAMultiByteCharacter_IsInvalidJsonNotAnException()
    {
        var bytes = Encoding.UTF8.GetBytes("""{ "formatVersion": 1, "name": "Ünïcödé – “quoted”" }""");
        for (var cut = 0; cut < bytes.Length; cut++)
        {
            AssertLocated(Refused(Load(bytes[..cut])), ErrorCodes.InvalidJson);
        }
    }

    // ---- Numbers ----

    public static TheoryData<string, string> HostileNumbers => new()
    {
        { """{ "formatVersion": 1e999, "name": "x" }""", ErrorCodes.InvalidValue },
        { """{ "formatVersion": 99999999999999999999999999999999, "name": "x" }""", ErrorCodes.InvalidValue },
        { """{ "formatVersion": 1.5, "name": "x" }""", ErrorCodes.InvalidValue },
        { """{ "formatVersion": -0, "name": "x" }""", ErrorCodes.UnsupportedFormatVersion },
        { """{ "formatVersion": NaN, "name": "x" }""", ErrorCodes.InvalidJson },
        { """{ "formatVersion": Infinity, "name": "x" }""", ErrorCodes.InvalidJson },
        { """{ "formatVersion": -Infinity, "name": "x" }""", ErrorCodes.InvalidJson },
        { """{ "formatVersion": "NaN", "name": "x" }""", ErrorCodes.WrongJsonType },
        { """{ "formatVersion": 0x1, "name": "x" }""", ErrorCodes.InvalidJson },
        { """{ "formatVersion": 01, "name": "x" }""", ErrorCodes.InvalidJson },
        { """{ "formatVersion": 1., "name": "x" }""", ErrorCodes.InvalidJson },
        { """{ "formatVersion": +1, "name": "x" }""", ErrorCodes.InvalidJson },
        { """{ "formatVersion": 1""" + new string('0', 100_000) + """, "name": "x" }""", ErrorCodes.InvalidValue },
    };

    [Theory]
    [MemberData(nameof(HostileNumbers))]
    public void Parse_HostileNumber_IsALocatedError(string json, string code) => AssertLocated(ErrorsOf(json), code);

    public static TheoryData<string> HostileAmounts => ["1e999", "-1e999", "1e29", "79228162514264337593543950336", "-1", "\"1000\"", "NaN", "1" + new string('0', 5000)];

    [Theory]
    [MemberData(nameof(HostileAmounts))]
    public void Parse_AmountBeyondADecimalOrNegative_IsALocatedError(string amount) =>
        Assert.All(ErrorsOf(TwoPayments(amount, "1")), error => Assert.NotNull(error.Location.Line));

    [Theory]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("79228162514264337593543950335", "1")]
    [InlineData("1e28", "7e28")]
    public void Ledger_SumOfHugeAmounts_DoesNotOverflow(string first, string second)
    {
        var scenario = Accepted(TwoPayments(first, second));

        var report = new LedgerAnalysis(scenario).Between(new ActorId("RUS"), new ActorId("PRK"), null, null).AsT0;

        var total = Assert.Single(report.FirstToSecond.Money).Amount.Amount;
        Assert.True(total.Low >= decimal.Parse(first, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(total.High);
    }

    [Fact]
    public void Parse_SmallestAmount_IsRead()
    {
        var scenario = Accepted(TwoPayments("0.0000000000000000000000000001", "1e-28"));

        Assert.Equal(2, scenario.Transfers.Length);
    }

    [Fact]
    public void Parse_AmountBelowTheSmallestStep_IsRefusedInsteadOfReadAsZero()
    {
        var error = Assert.Single(ErrorsOf(TwoPayments("0.0000000000000000000000000001", "1e-40")));

        Assert.Equal(ErrorCodes.InvalidValue, error.Code);
        Assert.Contains("1e-40", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("formatVersion", "1")]
    [InlineData("name", "\"x\"")]
    public void Parse_HugeValue_IsQuotedShortlyInTheMessage(string member, string valid)
    {
        var json = member == "formatVersion"
            ? $$"""{ "formatVersion": 1{{new string('0', 100_000)}}, "name": {{valid}} }"""
            : $$"""{ "formatVersion": 1, "name": "x", "treaties": [ { "id": "{{new string('a', 100_000)}}" } ] }""";

        var errors = ErrorsOf(json);

        Assert.All(errors, e => Assert.True(e.Message.Length < 1_000, $"A message of {e.Message.Length} characters."));
        Assert.Contains(errors, e => e.Message.Contains("(100001 characters)", StringComparison.Ordinal) || e.Message.Contains("(100000 characters)", StringComparison.Ordinal));
    }

    // ---- Duplicate keys ----

    public static TheoryData<string, string> DuplicateKeys => new()
    {
        { """{ "formatVersion": 1, "name": "x", "name": "y" }""", "$.name" },
        { """{ "formatVersion": 1, "formatVersion": 1, "name": "x" }""", "$.formatVersion" },
        { """{ "formatVersion": 1, "name": "x", "actors": [ { "id": "RUS", "id": "PRK", "kind": "state", "name": "R" } ] }""", "$.actors[0].id" },
        { """{ "formatVersion": 1, "name": "x", "actors": [], "actors": [] }""", "$.actors" },
        { """{ "formatVersion": 1, "name": "x", "\u006eame": "y" }""", "$.name" },
    };

    [Theory]
    [MemberData(nameof(DuplicateKeys))]
    public void Parse_DuplicateKey_IsDuplicatePropertyAtTheSecond(string json, string path)
    {
        var error = Assert.Single(ErrorsOf(json), e => e.Code == ErrorCodes.DuplicateProperty);

        Assert.Equal(path, error.Location.Path?.ToString());
        Assert.NotNull(error.Location.Line);
    }

    [Fact]
    public void Parse_DuplicateKindOfAUnion_IsDuplicatePropertyNotAnotherKind()
    {
        var json = TwoPayments("1", "2").Replace("\"kind\": \"money\",", "\"kind\": \"money\", \"kind\": \"personnel\",", StringComparison.Ordinal);

        Assert.Contains(ErrorsOf(json), e => e.Code == ErrorCodes.DuplicateProperty && e.Location.Path?.ToString() == "$.transfers[0].item.kind");
    }

    // ---- Nesting ----

    public static TheoryData<string, string> DeepDocuments => new()
    {
        { "arrays at the root", new string('[', 10_000) + new string(']', 10_000) },
        { "objects in an unknown member", """{ "formatVersion": 1, "name": "x", "extra": """ + string.Concat(Enumerable.Repeat("""{"a":""", 10_000)) + "1" + new string('}', 10_000) + " }" },
        { "arrays in a known member", """{ "formatVersion": 1, "name": "x", "actors": """ + new string('[', 10_000) + new string(']', 10_000) + " }" },
        { "unclosed arrays", """{ "formatVersion": 1, "name": "x", "actors": """ + new string('[', 10_000) },
    };

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public void Parse_TenThousandLevels_IsTooDeepAtTheFirstContainerTooMany(string description, string json)
    {
        var error = Assert.Single(ErrorsOf(json));

        Assert.Equal(ErrorCodes.JsonTooDeep, error.Code);
        Assert.Equal(1, error.Location.Line);
        Assert.NotNull(error.Location.Column);
        Assert.False(string.IsNullOrEmpty(description));
    }

    [Fact]
    public void Parse_TenThousandLevelsWithTheLimitAtItsCeiling_IsReadWithoutOverflowingTheStack()
    {
        var options = new ScenarioJsonOptions(maxDepth: ScenarioJsonOptions.MaxDepthCeiling);
        var json = """{ "formatVersion": 1, "name": "x", "extra": """ + string.Concat(Enumerable.Repeat("""{"a":[""", 4_999)) + "1" + string.Concat(Enumerable.Repeat("]}", 4_999)) + " }";

        // Run on a thread with a small stack: a reader that recursed once per level would overflow it, and crash the process.
        ImmutableArray<ModelError> errors = default;
        var thread = new Thread(() => errors = ErrorsOf(json, options: options), 256 * 1024);
        thread.Start();
        thread.Join();

        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.UnknownProperty, error.Code);
        Assert.Equal("$.extra", error.Location.Path?.ToString());
    }

    // ---- Size ----

    [Fact]
    public void LoadFile_HundredMegabytes_IsRefusedBeforeReadingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geopolitics-100mb-{Guid.NewGuid():N}.json");
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(100L * 1000 * 1000); // sparse where the file system allows: the test does not write 100 MB
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var error = Assert.Single(Refused(ScenarioJson.LoadFile(path)));
            clock.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

            Assert.Equal(ErrorCodes.JsonTooLarge, error.Code);
            Assert.Equal(path, error.Location.File);
            Assert.True(allocated < 1_000_000, $"Refusing the file allocated {allocated} bytes.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_HundredMegabyteStreamOfUnknownLength_StopsReadingAtTheLimit()
    {
        const long limit = 1024 * 1024;
        using var stream = new EndlessStream(100L * 1000 * 1000);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Single(Refused(ScenarioJson.Load(stream, "pipe", new ScenarioJsonOptions(maxBytes: limit))));
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal(ErrorCodes.JsonTooLarge, error.Code);
        Assert.True(stream.BytesRead < limit + 100_000, $"Read {stream.BytesRead} bytes of a stream refused at {limit}.");
        Assert.True(allocated < 4 * limit, $"Refusing the stream allocated {allocated} bytes.");
    }

    [Fact]
    public void LoadFile_HundredMegabytesWithTheLimitRaised_ReadsTheScenario()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geopolitics-100mb-{Guid.NewGuid():N}.json");
        try
        {
            using (var file = File.Create(path))
            {
                file.Write("{ \"formatVersion\": 1, \"name\": \"padded\","u8);
                var spaces = new byte[1024 * 1024];
                Array.Fill(spaces, (byte)' ');
                for (var i = 0; i < 100; i++)
                {
                    file.Write(spaces);
                }

                file.Write("\"description\": \"after 100 MiB of white space\" }"u8);
            }

            var result = ScenarioJson.LoadFile(path, new ScenarioJsonOptions(maxBytes: 128L * 1024 * 1024));

            Assert.Equal("after 100 MiB of white space", result.AsT0.Description);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // ---- Not a scenario file at all ----

    public static TheoryData<string, byte[]> OtherFormats => new()
    {
        { "CSV", "atopid,version,year\n1005,5.1,1815\n"u8.ToArray() },
        { "XML", "<?xml version=\"1.0\"?><scenario/>"u8.ToArray() },
        { "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] },
        { "gzip", [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0] },
        { "JSON Lines", "{\"formatVersion\": 1, \"name\": \"a\"}\n{\"formatVersion\": 1, \"name\": \"b\"}\n"u8.ToArray() },
        { "JSON with a trailing comma", "{\"formatVersion\": 1, \"name\": \"a\",}"u8.ToArray() },
        { "JSON5 comment", "{\"formatVersion\": 1, // version\n \"name\": \"a\"}"u8.ToArray() },
        { "single quotes", "{'formatVersion': 1, 'name': 'a'}"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public void Load_AnotherFormat_IsInvalidJsonWithALocation(string format, byte[] bytes)
    {
        AssertLocated(Refused(Load(bytes)), ErrorCodes.InvalidJson);
        Assert.False(string.IsNullOrEmpty(format));
    }

    public static TheoryData<string, string> WrongShapes => new()
    {
        { "[]", ErrorCodes.WrongJsonType },
        { "null", ErrorCodes.WrongJsonType },
        { "\"scenario\"", ErrorCodes.WrongJsonType },
        { "{}", ErrorCodes.MissingProperty },
        { """{ "formatVersion": 2, "name": "x" }""", ErrorCodes.UnsupportedFormatVersion },
        { """{ "version": 1, "name": "x" }""", ErrorCodes.MissingProperty },
        { """{ "formatVersion": 1, "name": "x", "actors": {} }""", ErrorCodes.WrongJsonType },
        { """{ "formatVersion": 1, "name": "x", "actors": [ { "kind": "state", "id": 365, "name": "Russia" } ] }""", ErrorCodes.WrongJsonType },
        { """{ "formatVersion": 1, "name": ["x"] }""", ErrorCodes.WrongJsonType },
    };

    [Theory]
    [MemberData(nameof(WrongShapes))]
    public void Parse_WrongHeaderOrShape_IsALocatedError(string json, string code) => AssertLocated(ErrorsOf(json), code);

    [Fact]
    public void Parse_ManyBadFacts_ReportsEveryOneOfThem()
    {
        var actors = string.Join(",", Enumerable.Range(0, 20_000).Select(_ => """{ "id": "bad id", "kind": "state", "name": "x" }"""));

        var errors = ErrorsOf($$"""{ "formatVersion": 1, "name": "x", "actors": [{{actors}}] }""");

        Assert.Equal(20_000, errors.Length);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.InvalidIdentifier, e.Code));
        Assert.Equal(20_000, errors.Select(e => e.Location.Path?.ToString()).Distinct().Count());
    }

    private static OneOf<Scenario, ImmutableArray<ModelError>> Load(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return ScenarioJson.Load(stream, "hostile.json");
    }

    private static byte[] ReadSeed()
    {
        using var stream = BuiltInScenarios.OpenRussiaDprk2024Json();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static void AssertLocated(ImmutableArray<ModelError> errors, string code)
    {
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Code == code);
        Assert.All(errors, e =>
        {
            Assert.NotNull(e.Location.Line);
            Assert.NotNull(e.Location.Column);
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        });
    }

    /// <summary>A stream of spaces of a given length that cannot seek, as a pipe or a network stream would be.</summary>
    private sealed class EndlessStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            Array.Fill(buffer, (byte)' ', offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
