// Checks the Source Link of packed symbols: every document of every portable PDB in the given .snupkg files is either
// embedded in the PDB or mapped by its Source Link to an https URL that names the packed commit.
// Usage: dotnet run .ci/sourcelink.cs -- COMMIT FILE.snupkg...   Exit 0 when all pass, 1 otherwise.
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text.Json;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: sourcelink.cs COMMIT FILE.snupkg...");
    return 2;
}

var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
var embeddedSourceKind = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
var commit = args[0];
var failures = 0;

foreach (var package in args.Skip(1))
{
    using var zip = ZipFile.OpenRead(package);
    var pdbs = zip.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)).ToList();
    if (pdbs.Count == 0)
    {
        Console.WriteLine($"{package}: no PDB");
        failures++;
    }

    foreach (var entry in pdbs)
    {
        using var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(buffer);
        var reader = provider.GetMetadataReader();
        var mappings = new List<(string Prefix, string Url)>();
        var embedded = new HashSet<DocumentHandle>();
        foreach (var handle in reader.CustomDebugInformation)
        {
            var info = reader.GetCustomDebugInformation(handle);
            var kind = reader.GetGuid(info.Kind);
            if (kind == sourceLinkKind)
            {
                using var json = JsonDocument.Parse(reader.GetBlobBytes(info.Value));
                foreach (var map in json.RootElement.GetProperty("documents").EnumerateObject())
                {
                    mappings.Add((map.Name.TrimEnd('*'), map.Value.GetString() ?? ""));
                }
            }
            else if (kind == embeddedSourceKind && info.Parent.Kind == HandleKind.Document)
            {
                embedded.Add((DocumentHandle)info.Parent);
            }
        }

        int mapped = 0, inPdb = 0, missing = 0;
        foreach (var handle in reader.Documents)
        {
            var name = reader.GetString(reader.GetDocument(handle).Name);
            if (embedded.Contains(handle))
            {
                inPdb++;
                continue;
            }

            var map = mappings.FirstOrDefault(m => name.StartsWith(m.Prefix, StringComparison.Ordinal));
            if (map.Url is { Length: > 0 } url && url.StartsWith("https://", StringComparison.Ordinal) && url.Contains(commit, StringComparison.Ordinal))
            {
                mapped++;
                continue;
            }

            Console.WriteLine($"{package}!{entry.FullName}: {name} is neither embedded nor mapped to the commit");
            missing++;
        }

        Console.WriteLine($"{Path.GetFileName(package)}!{entry.FullName}: {mapped} documents mapped to {mappings.FirstOrDefault().Url}, {inPdb} embedded, {missing} missing");
        if (missing > 0 || mapped == 0)
        {
            failures++;
        }
    }
}

return failures == 0 ? 0 : 1;
