namespace Geopolitics.Model.Cli.Tests;

/// <summary>A scenario file that names catalogue states (FRA, POL) without declaring them validates and answers through the tool.</summary>
public sealed class CatalogueStatesCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geopolitics-cli-catalogue-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string second)
    {
        var path = Path.Combine(_folder, $"{second}.json");
        File.WriteAllText(path, $$"""
            {
              "formatVersion": 1,
              "name": "Undeclared states",
              "treaties": [
                {
                  "id": "pact",
                  "name": "Pact",
                  "parties": [
                    { "actor": "POL", "signature": { "date": "1921-02-19", "evidence": { "confidence": "reported" } } },
                    { "actor": "{{second}}", "signature": { "date": "1921-02-19", "evidence": { "confidence": "reported" } } }
                  ],
                  "entryIntoForce": { "kind": "onSignature" },
                  "evidence": { "confidence": "reported" },
                  "clauses": [ { "kind": "mutualDefence", "id": "a1", "trigger": "armedAttack", "response": "consultation" } ]
                }
              ]
            }
            """);
        return path;
    }

    [Fact]
    public void Validate_FileUsingFraWithoutDeclaringIt_IsValid()
    {
        var run = CliRun.Of("validate", Write("FRA"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Defenders_FileUsingFraWithoutDeclaringIt_Answers()
    {
        var run = CliRun.Of("defenders", "--scenario", Write("FRA"), "--victim", "FRA", "--on", "1925-01-01", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["POL"], run.Json().GetProperty("defenders").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void Validate_CodeOutsideTheCatalogue_ExitsOneWithGM0413()
    {
        var run = CliRun.Of("validate", Write("XYZ"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("GM0413", run.Error, StringComparison.Ordinal);
    }
}
