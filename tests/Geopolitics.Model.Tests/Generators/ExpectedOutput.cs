namespace Geopolitics.Model.Tests.Generators;

/// <summary>
/// Compares an output with its expected file in the repository (under <c>tests/Geopolitics.Model.Tests/</c>). The
/// files were written by the code under test and read against the domain's answers; after an intended change, run the
/// tests with <c>GEOPOLITICS_WRITE_EXPECTED=1</c> to write them again, and review the difference before committing it.
/// </summary>
internal static class ExpectedOutput
{
    public static void AssertMatches(string relativePath, string actual)
    {
        var path = Path.Combine([Repository.Root, "tests", "Geopolitics.Model.Tests", .. relativePath.Split('/')]);
        if (Environment.GetEnvironmentVariable("GEOPOLITICS_WRITE_EXPECTED") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"No expected output {path}; run the tests with GEOPOLITICS_WRITE_EXPECTED=1 to write it, and review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
