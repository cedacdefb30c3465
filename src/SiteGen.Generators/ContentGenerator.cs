using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SiteGen.Rules;
using SiteGen.Rules.Schema;

namespace SiteGen.Generators
{
    /// <summary>
    /// SiteGen's incremental generator. In the project that declares [FrontMatter] records it
    /// emits their binders; in a project given content files as AdditionalFiles it checks them
    /// and reports every content error as a compiler diagnostic located in the file, and emits
    /// the typed <c>Topics</c>, <c>Authors</c> and <c>Strings</c> catalogues.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ContentGenerator : IIncrementalGenerator
    {
        public const string RecordsStep = "FrontMatterRecords", SettingsStep = "CheckSettings", ArticleStep = "ArticleFiles",
            SiteStep = "SiteFile", TopicsStep = "TopicsFile", AuthorsStep = "AuthorsFile", StringsStep = "StringsFiles", AcrossFilesStep = "AcrossFiles";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var records = context.SyntaxProvider
                .ForAttributeWithMetadataName(SchemaParser.AttributeName,
                    (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                    (syntax, token) => SchemaParser.Parse((INamedTypeSymbol)syntax.TargetSymbol, token))
                .WithTrackingName(RecordsStep);
            context.RegisterSourceOutput(records, EmitBinder);

            var options = context.AnalyzerConfigOptionsProvider.Select((provider, _) =>
            {
                provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns);
                return ns ?? "";
            });
            var referencedSchemas = context.CompilationProvider.Select((compilation, token) => SchemaParser.FromReferences(compilation, token));
            var settings = records.Select((r, _) => r.Schema).Collect()
                .Combine(referencedSchemas)
                .Combine(options)
                .Select((pair, _) => new CheckSettings(
                    pair.Left.Left.Concat(pair.Left.Right).OrderBy(s => s.TypeName, System.StringComparer.Ordinal).ToEquatableArray()))
                .WithTrackingName(SettingsStep);

            var files = context.AdditionalTextsProvider
                .Select((text, _) => (Text: text, Kind: ContentPaths.Classify(text.Path, out var language), Language: language))
                .Where(file => file.Kind != ContentFileKind.None);

            var site = files.Where(f => f.Kind == ContentFileKind.Site).Combine(settings)
                .Select((pair, token) => ContentChecks.Site(pair.Left.Text.Path, pair.Left.Text.GetText(token)?.ToString() ?? "", pair.Right))
                .WithTrackingName(SiteStep);
            context.RegisterSourceOutput(site, (production, result) => Report(production, result.Diagnostics));

            var languages = site.Collect().Select((all, _) => all.FirstOrDefault()?.Languages ?? EquatableArray<string>.Empty);
            var topics = files.Where(f => f.Kind == ContentFileKind.Topics).Combine(settings).Combine(languages)
                .Select((pair, token) => ContentChecks.Topics(pair.Left.Left.Text.Path,
                    pair.Left.Left.Text.GetText(token)?.ToString() ?? "", pair.Right, pair.Left.Right))
                .WithTrackingName(TopicsStep);
            // Messages give examples with the site's own topic ids: an article is checked again only when the ids change.
            var topicIds = topics.Collect().Select((all, _) => (all.FirstOrDefault()?.Topics ?? EquatableArray<TopicEntry>.Empty).Select(t => t.Id).ToEquatableArray());

            var articles = files.Where(f => f.Kind is ContentFileKind.Article or ContentFileKind.Page).Combine(settings).Combine(topicIds)
                .Select((pair, token) => ContentChecks.Article(pair.Left.Left.Text.Path, pair.Left.Left.Language,
                    pair.Left.Left.Text.GetText(token)?.ToString() ?? "", pair.Left.Right, pair.Left.Left.Kind == ContentFileKind.Page ? "page" : "article", pair.Right))
                .WithTrackingName(ArticleStep);
            context.RegisterSourceOutput(articles, (production, article) => Report(production, article.Diagnostics));
            context.RegisterSourceOutput(topics.Combine(options), (production, pair) =>
            {
                Report(production, pair.Left.Diagnostics);
                if (!pair.Left.Diagnostics.Any(d => d.IsError))
                    production.AddSource("Topics.g.cs", Microsoft.CodeAnalysis.Text.SourceText.From(CatalogEmitter.Topics(pair.Right, pair.Left.Topics), System.Text.Encoding.UTF8));
            });

            var authors = files.Where(f => f.Kind == ContentFileKind.Authors).Combine(settings).Combine(languages)
                .Select((pair, token) => ContentChecks.Authors(pair.Left.Left.Text.Path,
                    pair.Left.Left.Text.GetText(token)?.ToString() ?? "", pair.Right, pair.Left.Right))
                .WithTrackingName(AuthorsStep);
            context.RegisterSourceOutput(authors.Combine(options), (production, pair) =>
            {
                Report(production, pair.Left.Diagnostics);
                if (!pair.Left.Diagnostics.Any(d => d.IsError))
                    production.AddSource("Authors.g.cs", Microsoft.CodeAnalysis.Text.SourceText.From(CatalogEmitter.Authors(pair.Right, pair.Left.Authors), System.Text.Encoding.UTF8));
            });

            var acrossFiles = articles.Collect().Combine(site.Collect()).Combine(topics.Collect()).Combine(authors.Collect())
                .Select((pair, _) => ContentChecks.AcrossFiles(pair.Left.Left.Left, pair.Left.Left.Right.FirstOrDefault(), pair.Left.Right.FirstOrDefault(),
                    pair.Right.FirstOrDefault()).ToEquatableArray())
                .WithTrackingName(AcrossFilesStep);
            context.RegisterSourceOutput(acrossFiles, (production, diagnostics) => Report(production, diagnostics));

            var strings = files.Where(f => f.Kind == ContentFileKind.Strings).Combine(options)
                .Select((pair, token) => ContentChecks.Strings(pair.Left.Text.Path, pair.Left.Language,
                    pair.Left.Text.GetText(token)?.ToString() ?? ""))
                .WithTrackingName(StringsStep);
            context.RegisterSourceOutput(strings.Collect().Combine(options), (production, pair) =>
            {
                if (pair.Left.Length == 0) return;
                var unreadable = pair.Left.SelectMany(f => f.Diagnostics).ToList();
                Report(production, unreadable.Concat(ContentChecks.MissingStrings(pair.Left)));
                // With a key missing somewhere the class still holds the keys every language has,
                // so the only other error is at the one place that uses the missing key.
                if (!unreadable.Any(d => d.IsError))
                    production.AddSource("Strings.g.cs", Microsoft.CodeAnalysis.Text.SourceText.From(CatalogEmitter.Strings(pair.Right, pair.Left), System.Text.Encoding.UTF8));
            });
        }

        private static void EmitBinder(SourceProductionContext production, SchemaRecord record)
        {
            foreach (var problem in record.Problems)
            {
                var location = problem.FilePath.Length == 0 ? Location.None : Location.Create(problem.FilePath, new TextSpan(problem.Start, problem.Length),
                    new LinePositionSpan(new LinePosition(problem.Line - 1, problem.Column - 1), new LinePosition(problem.Line - 1, problem.Column - 1)));
                production.ReportDiagnostic(Microsoft.CodeAnalysis.Diagnostic.Create(Descriptors.For(problem.Id), location, problem.Message));
            }
            if (record.Problems.Count > 0) return;
            var name = record.Namespace.Length == 0 ? record.Name : record.Namespace + "." + record.Name;
            production.AddSource(name + ".Bind.g.cs", Microsoft.CodeAnalysis.Text.SourceText.From(BinderEmitter.Emit(record), System.Text.Encoding.UTF8));
        }

        private static void Report(SourceProductionContext production, IEnumerable<SiteGen.Rules.Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                var position = new LinePosition(System.Math.Max(0, diagnostic.Line - 1), System.Math.Max(0, diagnostic.Column - 1));
                var location = Location.Create(diagnostic.Path, new TextSpan(0, 0), new LinePositionSpan(position, position));
                production.ReportDiagnostic(Microsoft.CodeAnalysis.Diagnostic.Create(Descriptors.For(diagnostic.Id), location, diagnostic.Message));
            }
        }
    }

    /// <summary>One Roslyn descriptor per content diagnostic kind; the message is the rule's own sentence.</summary>
    public static class Descriptors
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> byId = DiagnosticKind.All.ToDictionary(
            kind => kind.Id,
            kind => new DiagnosticDescriptor(kind.Id, kind.Title, "{0}", kind.Id.StartsWith("SG08") ? "SiteGen.Schema" : "SiteGen.Content",
                kind.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, isEnabledByDefault: true,
                helpLinkUri: null));

        public static DiagnosticDescriptor For(string id) => byId[id];
    }
}
