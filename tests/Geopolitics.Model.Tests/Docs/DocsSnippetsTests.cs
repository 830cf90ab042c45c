using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Geopolitics.Model.Tests.Docs;

/// <summary>
/// Every <c>```csharp</c> block of the README, of <c>docs/</c> and of each package's README compiles as a program a
/// reader could paste into a new console project that references the packages; a block followed by a
/// <c>```text output</c> block is run and prints exactly that; a block marked <c>excerpt=PATH</c> is quoted from that
/// source file line for line (the conventions: docs/documentation.md).
/// </summary>
public partial class DocsSnippetsTests
{
    // What `dotnet new console` puts in scope (ImplicitUsings), so a pasted snippet needs only its own usings.
    private const string ConsoleImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    // The console's output is process-wide: one snippet runs at a time.
    private static readonly object ConsoleLock = new();

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        // The framework, and the packages with what they bring: nothing of the test project's own.
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var packages = new[]
        {
            typeof(global::Geopolitics.Model.Scenarios.Scenario).Assembly,
            typeof(global::Geopolitics.Model.Datasets.Atop.AtopImporter).Assembly,
            typeof(NodaTime.LocalDate).Assembly,
            typeof(OneOf.OneOf<int, string>).Assembly,
            typeof(FluentValidation.AbstractValidator<int>).Assembly,
        };
        return
        [
            .. Directory.EnumerateFiles(framework, "*.dll")
                .Where(IsManagedAssembly)
                .Select(path => MetadataReference.CreateFromFile(path)),
            .. packages.Select(assembly => MetadataReference.CreateFromFile(assembly.Location)),
        ];
    });

    public static TheoryData<string> Programs() => new(DocSnippet.All().Where(s => s.Excerpt is null).Select(s => s.Name));

    public static TheoryData<string> ProgramsWithOutput() => new(DocSnippet.All().Where(s => s.Output is not null).Select(s => s.Name));

    public static TheoryData<string> Excerpts() => new(DocSnippet.All().Where(s => s.Excerpt is not null).Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Programs))]
    public void Snippet_AsAProgram_CompilesWithoutErrorsOrWarnings(string name)
    {
        var (_, diagnostics) = Compile(Find(name));

        Assert.True(diagnostics.IsEmpty, $"{name} does not compile as written:\n{string.Join("\n", diagnostics)}");
    }

    [Theory]
    [MemberData(nameof(ProgramsWithOutput))]
    public void Snippet_WithAnOutputBlock_PrintsExactlyThatOutput(string name)
    {
        var snippet = Find(name);
        var (image, diagnostics) = Compile(snippet);
        Assert.True(diagnostics.IsEmpty, $"{name} does not compile as written:\n{string.Join("\n", diagnostics)}");

        var (output, error) = Run(image!);

        Assert.Equal("", error);
        Assert.Equal(Normalize(snippet.Output!), Normalize(output));
    }

    [Theory]
    [MemberData(nameof(Excerpts))]
    public void Excerpt_QuotesItsSourceFileLineForLine(string name)
    {
        var snippet = Find(name);
        var source = Path.Combine(Repository.Root, snippet.Excerpt!);
        Assert.True(File.Exists(source), $"{name} quotes {snippet.Excerpt}, which does not exist.");

        static string Lines(string text) => string.Join("\n", text.Split('\n').Select(line => Spaces().Replace(line.Trim(), " ")).Where(line => line.Length > 0));

        Assert.Contains(Lines(snippet.Code), Lines(File.ReadAllText(source).ReplaceLineEndings("\n")), StringComparison.Ordinal);
    }

    [Fact]
    public void Snippets_AreFoundOnEveryPageThatHasThem()
    {
        var snippets = DocSnippet.All();

        Assert.Contains(snippets, s => s.Page == "README.md" && s.Output is not null);
        Assert.Contains(snippets, s => s.Page == "src/Geopolitics.Model/README.md");
        Assert.Contains(snippets, s => s.Page == "src/Geopolitics.Model.Datasets/README.md");
        Assert.Contains(snippets, s => s.Page == "docs/architecture.md" && s.Excerpt is not null);
        Assert.All(
            DocSnippet.Pages().Where(page => File.ReadAllText(Path.Combine(Repository.Root, page)).Contains("```csharp", StringComparison.Ordinal)),
            page => Assert.Contains(snippets, s => s.Page == page));
    }

    [Fact]
    public void Compile_ASnippetThatUsesAnUndefinedName_IsRefused()
    {
        var (_, diagnostics) = Compile(new DocSnippet("test", 1, null, "Console.WriteLine(scenario);\n", null));

        Assert.Contains(diagnostics, d => d.Id == "CS0103");
    }

    private static DocSnippet Find(string name) => DocSnippet.All().Single(s => s.Name == name);

    private static (byte[]? Image, ImmutableArray<Diagnostic> Problems) Compile(DocSnippet snippet)
    {
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [
                CSharpSyntaxTree.ParseText(ConsoleImplicitUsings, options, "ImplicitUsings.cs"),
                CSharpSyntaxTree.ParseText(snippet.Code, options, snippet.Name),
            ],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        return (result.Success ? image.ToArray() : null, problems);
    }

    private static (string Output, string Error) Run(byte[] image)
    {
        var context = new AssemblyLoadContext("snippet", isCollectible: true);
        try
        {
            var entry = context.LoadFromStream(new MemoryStream(image)).EntryPoint!;
            lock (ConsoleLock)
            {
                var (oldOut, oldError) = (Console.Out, Console.Error);
                using var output = new StringWriter();
                using var error = new StringWriter();
                Console.SetOut(output);
                Console.SetError(error);
                try
                {
                    entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
                }
                catch (TargetInvocationException e)
                {
                    throw new Xunit.Sdk.XunitException($"The snippet threw: {e.InnerException}");
                }
                finally
                {
                    Console.SetOut(oldOut);
                    Console.SetError(oldError);
                }

                return (output.ToString(), error.ToString());
            }
        }
        finally
        {
            context.Unload();
        }
    }

    private static string Normalize(string text) =>
        string.Join("\n", text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => line.TrimEnd()));

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
