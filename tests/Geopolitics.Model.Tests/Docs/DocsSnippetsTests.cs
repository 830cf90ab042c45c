using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
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

    // What `dotnet new web` adds to them.
    private const string WebImplicitUsings = """
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    // The warnings the .NET SDK turns off in every project (its NoWarn): assuming that an assembly referenced at a lower
    // version (a package's Microsoft.Extensions.* 8.0) is the framework's newer one.
    private static readonly string[] SdkNoWarn = ["CS1701", "CS1702"];

    // Packages an application adds beside ours to use them (the container that AddGeopoliticsModel registers in),
    // referenced when the test project has them.
    private static readonly string[] ApplicationPackages = ["Microsoft.Extensions.DependencyInjection", "FluentValidation.DependencyInjectionExtensions"];

    // The console's output is process-wide: one snippet runs at a time.
    private static readonly object ConsoleLock = new();

    private static readonly Lazy<ImmutableArray<MetadataReference>> ConsoleReferences = new(() => References(web: false));

    private static readonly Lazy<ImmutableArray<MetadataReference>> WebReferences = new(() => References(web: true));

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

    [Fact]
    public void Compile_WebSnippet_HasTheWebSdksUsingsAndAspNetCore()
    {
        const string Code = "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(\"/\", () => Results.Ok(Geopolitics.Model.BuiltIn.BuiltInScenarios.RussiaDprk2024.Name));\n";

        Assert.Empty(Compile(new DocSnippet("test", 1, null, Code, null, Web: true)).Problems);
        Assert.Contains(Compile(new DocSnippet("test", 1, null, Code, null)).Problems, d => d.Id == "CS0103");
    }

    [Fact]
    public void WebSnippets_AreNotRun() =>
        Assert.DoesNotContain(DocSnippet.All(), s => s.Web && s.Output is not null);

    private static DocSnippet Find(string name) => DocSnippet.All().Single(s => s.Name == name);

    private static (byte[]? Image, ImmutableArray<Diagnostic> Problems) Compile(DocSnippet snippet)
    {
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [
                CSharpSyntaxTree.ParseText(snippet.Web ? ConsoleImplicitUsings + "\n" + WebImplicitUsings : ConsoleImplicitUsings, options, "ImplicitUsings.cs"),
                CSharpSyntaxTree.ParseText(snippet.Code, options, snippet.Name),
            ],
            snippet.Web ? WebReferences.Value : ConsoleReferences.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(SdkNoWarn.Select(id => KeyValuePair.Create(id, ReportDiagnostic.Suppress))));

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

    // A reader's project compiles against the shared framework (and ASP.NET Core's for a web program), our two packages
    // and every assembly they reference, found beside the tests; nothing the tests alone use (xunit, CsCheck, Roslyn).
    private static ImmutableArray<MetadataReference> References(bool web)
    {
        var netCore = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        List<string> frameworks = [netCore];
        if (web)
        {
            var aspNetCore = Path.GetFullPath(Path.Combine(netCore, "..", "..", "Microsoft.AspNetCore.App", Path.GetFileName(netCore)));
            Assert.True(Directory.Exists(aspNetCore), $"A web snippet needs the ASP.NET Core shared framework, which is not at {aspNetCore}.");
            frameworks.Add(aspNetCore);
        }

        var frameworkFiles = frameworks.SelectMany(folder => Directory.EnumerateFiles(folder, "*.dll")).Where(IsManagedAssembly).ToList();
        var frameworkNames = frameworkFiles.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var packages = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(
            [typeof(global::Geopolitics.Model.Scenarios.Scenario).Assembly.GetName().Name!,
             typeof(global::Geopolitics.Model.Datasets.Atop.AtopImporter).Assembly.GetName().Name!,
             .. ApplicationPackages]);
        while (pending.TryPop(out var name))
        {
            var path = Path.Combine(AppContext.BaseDirectory, name + ".dll");
            if (frameworkNames.Contains(name) || !File.Exists(path) || !packages.Add(path))
            {
                continue;
            }

            using var reader = new PEReader(File.OpenRead(path));
            var metadata = reader.GetMetadataReader();
            foreach (var handle in metadata.AssemblyReferences)
            {
                pending.Push(metadata.GetString(metadata.GetAssemblyReference(handle).Name));
            }
        }

        return [.. frameworkFiles.Concat(packages).Select(path => MetadataReference.CreateFromFile(path))];
    }

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
