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

    private const string AuthorsYaml = """
        redaction:
          name: La rédaction
          en: { name: The newsroom, role: Newsroom }
        jdupont:
          name: Jeanne Dupont
          fr: { role: Journaliste }
        """;

    [Fact]
    public void Authors_get_one_member_each_with_the_name_of_each_language()
    {
        var (result, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.ContentSchemaSources(),
            [.. Sample.Files(0), new InMemoryFile(Sample.Root + "input/authors.yml", AuthorsYaml)]);

        diagnostics.ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(GeneratorHarness.Format).ShouldBeEmpty();
        var source = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Authors.g.cs", StringComparison.Ordinal)).ToString();
        source.ShouldContain("public static readonly Author Redaction = new Author(\"redaction\", new Name[] { new Name(\"fr\", \"La rédaction\"), new Name(\"en\", \"The newsroom\") });");
        source.ShouldContain("public static readonly Author Jdupont = new Author(\"jdupont\", new Name[] { new Name(\"fr\", \"Jeanne Dupont\"), new Name(\"en\", \"Jeanne Dupont\") });");
        source.ShouldContain("public static readonly global::System.Collections.Generic.IReadOnlyList<Author> All = new Author[] { Redaction, Jdupont };");
    }

    [Fact]
    public void An_unknown_author_is_a_compiler_error_at_its_place_with_the_nearest_id_and_a_bad_authors_file_is_located()
    {
        var (_, _, diagnostics) = GeneratorHarness.Run(GeneratorHarness.ContentSchemaSources(),
        [
            .. Sample.Files(0),
            new InMemoryFile(Sample.Root + "input/authors.yml", AuthorsYaml + "\n  nmae: x\n"),
            new InMemoryFile(Sample.Root + "input/fr/articles/a.md", Sample.Article(extra: "author: [redaction, jdupond]\n")),
        ]);

        diagnostics.Select(GeneratorHarness.Format).Order(StringComparer.Ordinal).ShouldBe(
        [
            "/site/input/authors.yml(7,3): warning SG0104: 'nmae' is not a known key of the author 'jdupont'; did you mean 'name'?",
            "/site/input/fr/articles/a.md(5,21): error SG0205: 'jdupond' is not an author of authors.yml; did you mean 'jdupont'?",
        ]);
    }

    [Fact]
    public void Without_authors_yml_a_byline_is_a_name_and_no_error()
    {
        var (_, _, diagnostics) = GeneratorHarness.Run(GeneratorHarness.ContentSchemaSources(),
            [.. Sample.Files(0), new InMemoryFile(Sample.Root + "input/fr/articles/a.md", Sample.Article(extra: "author: Jeanne Dupont\n"))]);

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_front_page_topic_that_is_not_in_topics_yml_is_a_compiler_error_in_site_yml()
    {
        var files = Sample.Files(0);
        files[0] = new InMemoryFile(Sample.Root + "input/site.yml", Sample.SiteYaml + "\nfrontPage: [tiktok, social-comerce]\n");

        var (_, _, diagnostics) = GeneratorHarness.Run(GeneratorHarness.ContentSchemaSources(), [.. files]);

        diagnostics.Select(GeneratorHarness.Format).ShouldBe(
            ["/site/input/site.yml(12,21): error SG0105: 'social-comerce' in frontPage is not a topic of topics.yml; did you mean 'social-commerce'?"]);
    }
}
