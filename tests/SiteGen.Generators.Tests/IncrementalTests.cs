using Microsoft.CodeAnalysis;

namespace SiteGen.Generators.Tests;

public class IncrementalTests
{
    [Fact]
    public void Editing_one_article_reruns_only_that_article_and_regenerates_no_binder()
    {
        var files = Sample.Files(articles: 5);
        var compilation = GeneratorHarness.Compile(GeneratorHarness.ContentSchemaSources());
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);

        var edited = new InMemoryFile("/site/input/fr/articles/a2.md", Sample.Article(extra: "slug: un-autre-slug\n"));
        driver = driver.ReplaceAdditionalText(files[4], edited).RunGenerators(compilation);
        var run = driver.GetRunResult().Results.Single();

        var articleSteps = run.TrackedSteps[ContentGenerator.ArticleStep].SelectMany(s => s.Outputs).ToList();
        articleSteps.Select(o => o.Reason).ShouldBe(
        [
            IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified,
            IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached,
        ]);

        run.TrackedSteps[ContentGenerator.RecordsStep].SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
        run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Where(o => o.Value is SchemaRecord)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void An_edit_that_changes_nothing_the_rules_see_stops_at_that_article()
    {
        var files = Sample.Files(articles: 3);
        var compilation = GeneratorHarness.Compile(GeneratorHarness.ContentSchemaSources());
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);

        var edited = new InMemoryFile("/site/input/fr/articles/a0.md", Sample.Article(title: "Un autre titre"));
        var run = driver.ReplaceAdditionalText(files[2], edited).RunGenerators(compilation).GetRunResult().Results.Single();

        run.TrackedSteps[ContentGenerator.ArticleStep].SelectMany(s => s.Outputs).Select(o => o.Reason)
            .ShouldBe([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached]);
        run.TrackedSteps[ContentGenerator.AcrossFilesStep].SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_code_that_is_not_the_schema_reruns_no_content_check()
    {
        var files = Sample.Files(articles: 3);
        var compilation = GeneratorHarness.Compile(GeneratorHarness.ContentSchemaSources());
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Unrelated { }", new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Preview), path: "/src/Unrelated.cs"));
        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        run.TrackedSteps[ContentGenerator.ArticleStep].SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
    }
}
