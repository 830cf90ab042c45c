using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Geopolitics.Model.Datasets.Tests;

public sealed class DatasetCopiesTests
{
    [Theory]
    [InlineData("atop/v5.1/atop5_1m.csv", "b95298d5aa1f6c69bf1da585c20668fe5c4bb2e4")]
    [InlineData("atop/v5.1/atop5_1a.csv", "87bb2b29ded2936debb375a92c61dae85dd73d28")]
    [InlineData("atop/v4.01/atop-member-level.csv", "25802397e0ddaec73690e92e9ffe6e0cc0c339b8")]
    [InlineData("atop/v4.01/atop-alliance-level.csv", "9807a4187e77257e322e1b53f7d4096aaf8a1cd4")]
    [InlineData("cow/alliances_v4.1/alliance_v4.1_by_member.csv", "e5cfa176bd2ce58ae2a0291d8f7773229f3741c3")]
    [SuppressMessage("Security", "CA5350", Justification = "Git names a blob by its SHA-1; the hash identifies the file, it protects nothing.")]
    public void RawFile_GitBlobId_MatchesProvenance(string file, string blob)
    {
        var bytes = File.ReadAllBytes(DatasetFiles.Data(file.Split('/')));
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"blob {bytes.Length}\0"));
        var id = Convert.ToHexString(SHA1.HashData([.. header, .. bytes])).ToLowerInvariant();

        Assert.Equal(blob, id);
    }
}
