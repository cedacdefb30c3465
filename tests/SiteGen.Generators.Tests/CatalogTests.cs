using Microsoft.CodeAnalysis;

namespace SiteGen.Generators.Tests;

public class CatalogTests
{
    private const string French = "home: Accueil\nsearch: Recherche\nmonths: [janvier, février]\n";
    private const string English = "home: Home\nsearch: Search\nmonths: [January, February]\n";

    [Fact]
    public void Strings_get_one_member_per_key_and_one_instance_per_language()
    {
        var (result, output, diagnostics) = GeneratorHarness.Run([],
            new InMemoryFile("/site/theme/i18n/fr.yml", French), new InMemoryFile("/site/theme/i18n/en.yml", English));

        diagnostics.ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(GeneratorHarness.Format).ShouldBeEmpty();
        var source = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Strings.g.cs", StringComparison.Ordinal)).ToString();
        source.ShouldMatchApproved(c => c.SubFolder("Approved").NoDiff());
    }

    [Fact]
    public void A_string_missing_in_one_language_is_an_error_in_that_file()
    {
        var (result, _, diagnostics) = GeneratorHarness.Run([],
            new InMemoryFile("/site/theme/i18n/fr.yml", French), new InMemoryFile("/site/theme/i18n/en.yml", English.Replace("search: Search\n", "")));

        diagnostics.Select(GeneratorHarness.Format).ShouldBe(
        [
            "/site/theme/i18n/en.yml(1,1): error SG0301: 'search' is in fr.yml but not in en.yml; add a line search: … to en.yml.",
        ]);
        var source = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Strings.g.cs", StringComparison.Ordinal)).ToString();
        source.ShouldContain("public string Home { get; }");
        source.ShouldNotContain("Search");
    }

    [Fact]
    public void Topics_get_one_member_each()
    {
        var (result, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.ContentSchemaSources(), [.. Sample.Files(0)]);

        diagnostics.ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(GeneratorHarness.Format).ShouldBeEmpty();
        var source = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Topics.g.cs", StringComparison.Ordinal)).ToString();
        source.ShouldContain("public static readonly Topic SocialCommerce = new Topic(\"social-commerce\", new Name[] { new Name(\"fr\", \"Commerce social\", \"commerce-social\"), new Name(\"en\", \"Social commerce\", \"social-commerce\") });");
        source.ShouldContain("public static readonly global::System.Collections.Generic.IReadOnlyList<Topic> All = new Topic[] { Tiktok, SocialCommerce };");
    }
}
