using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SiteGen.Generators;

namespace SiteGen.Generators.Tests;

/// <summary>Runs the generator over C# sources and in-memory content files, as the compiler does.</summary>
internal static class GeneratorHarness
{
    public static string RepositoryRoot { get; } = FindRoot();

    private static readonly MetadataReference[] References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
        .Append(typeof(Rules.Schema.FrontMatterAttribute).Assembly.Location)
        .Append(typeof(YamlDotNet.Core.Parser).Assembly.Location)
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToArray();

    /// <summary>The real schema of the site: the [FrontMatter] records of SiteGen.Content.</summary>
    public static IEnumerable<string> ContentSchemaSources() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot, "src", "SiteGen.Content", "Schema"), "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText);

    private const string GlobalUsings = "global using System; global using System.Collections.Generic; global using System.Linq;";

    public static CSharpCompilation Compile(IEnumerable<string> sources) =>
        CSharpCompilation.Create("Site",
            sources.Append(GlobalUsings).Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Preview), path: $"/src/Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string rootNamespace = "Site") =>
        CSharpGeneratorDriver.Create(
            [new ContentGenerator().AsSourceGenerator()],
            files,
            new CSharpParseOptions(LanguageVersion.Preview),
            new Options(rootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(
        IEnumerable<string> sources, params AdditionalText[] files)
    {
        var driver = Driver(files).RunGeneratorsAndUpdateCompilation(Compile(sources), out var output, out var diagnostics);
        return (driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>Header, "path(line,col): severity ID: message" as the compiler prints it.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage()}";
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "SiteGen.sln"))) return folder.FullName;
        throw new InvalidOperationException("SiteGen.sln not found above the test assembly.");
    }

    private sealed class Options(string rootNamespace) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new() { ["build_property.RootNamespace"] = rootNamespace });
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new([]);
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>A content file held in memory.</summary>
internal sealed class InMemoryFile(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;
    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}
