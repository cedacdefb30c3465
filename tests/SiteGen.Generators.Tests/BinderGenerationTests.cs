using Microsoft.CodeAnalysis;

namespace SiteGen.Generators.Tests;

public class BinderGenerationTests
{
    [Fact]
    public void The_content_schema_gives_binders_that_compile()
    {
        var (result, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.ContentSchemaSources());

        diagnostics.ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(GeneratorHarness.Format).ShouldBeEmpty();
        result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).Order(StringComparer.Ordinal).ShouldBe(
        [
            "SiteGen.Content.Schema.ArticleFrontMatter.Bind.g.cs",
            "SiteGen.Content.Schema.AuthorFile.Bind.g.cs",
            "SiteGen.Content.Schema.AuthorProfileFile.Bind.g.cs",
            "SiteGen.Content.Schema.CorrectionFrontMatter.Bind.g.cs",
            "SiteGen.Content.Schema.EventFrontMatter.Bind.g.cs",
            "SiteGen.Content.Schema.ImageFrontMatter.Bind.g.cs",
            "SiteGen.Content.Schema.LanguageFile.Bind.g.cs",
            "SiteGen.Content.Schema.LanguagePathsFile.Bind.g.cs",
            "SiteGen.Content.Schema.PageFrontMatter.Bind.g.cs",
            "SiteGen.Content.Schema.SiteFile.Bind.g.cs",
            "SiteGen.Content.Schema.TopicNameFile.Bind.g.cs",
        ]);
    }

    [Theory]
    [InlineData("ArticleFrontMatter")]
    [InlineData("SiteFile")]
    public void The_generated_binder_matches_the_approved_source(string record)
    {
        var (result, _, _) = GeneratorHarness.Run(GeneratorHarness.ContentSchemaSources());

        var source = result.GeneratedTrees.Single(t => t.FilePath.EndsWith($".{record}.Bind.g.cs", StringComparison.Ordinal)).ToString();
        source.ShouldMatchApproved(c => c.SubFolder("Approved").WithDiscriminator(record).NoDiff());
    }

    [Fact]
    public void Every_supported_kind_of_property_is_bound()
    {
        var source = """
            using System;
            using System.Collections.Generic;
            using SiteGen.Rules;
            using SiteGen.Rules.Schema;
            namespace Demo;
            public enum Tone { Calm, VeryLoud }
            [FrontMatter("the part")]
            public sealed partial record Part { public required string Name { get; init; } }
            [FrontMatter("the demo")]
            public sealed partial record Demo
            {
                public required string Text { get; init; }
                public bool Flag { get; init; }
                public int Count { get; init; } = 7;
                public DateTimeOffset? When { get; init; }
                public PartialDate? Around { get; init; }
                public Tone Tone { get; init; }
                public Tone? MaybeTone { get; init; }
                public IReadOnlyList<string>? Tags { get; init; }
                public Part? Main { get; init; }
                public IReadOnlyList<Part> Parts { get; init; } = [];
                public IReadOnlyDictionary<string, Part>? ByName { get; init; }
            }
            """;

        var (result, output, diagnostics) = GeneratorHarness.Run([source]);

        diagnostics.ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(GeneratorHarness.Format).ShouldBeEmpty();
        var binder = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Demo.Demo.Bind.g.cs", StringComparison.Ordinal)).ToString();
        binder.ShouldContain("reader.Enum(\"tone\", new string[] { \"calm\", \"veryLoud\" }, false)");
        binder.ShouldContain("\"veryLoud\" => global::Demo.Tone.VeryLoud");
        binder.ShouldContain("if (@count != null) result = result with { Count = @count!.Value.Value };");
        binder.ShouldContain("reader.MappingEntries(\"byName\", false, \"{ … }\")");
    }

    [Fact]
    public void An_unsupported_property_type_is_a_compile_error_at_the_property()
    {
        var source = """
            using SiteGen.Rules.Schema;
            namespace Demo;
            [FrontMatter("the demo")]
            public sealed partial record Demo
            {
                public required System.Guid Id { get; init; }
            }
            [FrontMatter("the other")]
            public sealed record Other { public string? Name { get; init; } }
            """;

        var (_, _, diagnostics) = GeneratorHarness.Run([source]);

        diagnostics.Select(d => $"{d.Id} line {d.Location.GetLineSpan().StartLinePosition.Line + 1}").ShouldBe(["SG0801 line 6", "SG0802 line 9"], ignoreOrder: true);
        diagnostics.Single(d => d.Id == "SG0801").GetMessage().ShouldStartWith("'Demo.Id' is of type System.Guid, which front matter cannot hold;");
    }
}
