using SiteGen.Rules;
using SiteGen.Rules.Yaml;

namespace SiteGen.Rules.Tests;

public class YamlTreeReaderTests
{
    private static (YamlNode? Root, List<Diagnostic> Diagnostics) Read(string yaml, int firstLine = 2)
    {
        var diagnostics = new List<Diagnostic>();
        return (YamlTreeReader.Read(yaml, "input/fr/articles/a.md", firstLine, diagnostics), diagnostics);
    }

    [Fact]
    public void Locates_values_at_their_line_and_column_in_the_file()
    {
        var (root, diagnostics) = Read("title: Bonjour\ntopics: [tiktok, amazon]\n");

        diagnostics.ShouldBeEmpty();
        var mapping = root.ShouldBeOfType<YamlMapping>();
        var topics = mapping.Entries[1].Value.ShouldBeOfType<YamlSequence>();
        topics.Items[1].Line.ShouldBe(3);
        topics.Items[1].Column.ShouldBe(18);
        mapping.Entries[0].Value.ShouldBeOfType<YamlScalar>().Value.ShouldBe("Bonjour");
    }

    [Fact]
    public void A_syntax_error_is_located_and_says_what_to_do()
    {
        var (root, diagnostics) = Read("title: Bonjour\ntopics: [tiktok\n");

        root.ShouldBeNull();
        var error = diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("SG0003");
        error.Line.ShouldBeGreaterThanOrEqualTo(3);
        error.Message.ShouldContain("Check the indentation");
    }

    [Fact]
    public void Aliases_are_refused_so_an_alias_bomb_cannot_expand()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n";

        var (root, diagnostics) = Read(bomb);

        root.ShouldBeNull();
        diagnostics.ShouldAllBe(d => d.Id == "SG0004");
        diagnostics.First().ToString().ShouldBe("input/fr/articles/a.md(2,4): error SG0004: Anchors (&a) are not allowed in front matter; write each value out in full.");
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var deep = "a: " + new string('[', 200) + new string(']', 200) + "\n";

        var (root, diagnostics) = Read(deep);

        root.ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().Id.ShouldBe("SG0006");
    }

    [Fact]
    public void A_key_written_twice_is_an_error_at_the_second()
    {
        var (_, diagnostics) = Read("title: A\ndate: 2024-01-01\ntitle: B\n");

        diagnostics.ShouldHaveSingleItem().ToString().ShouldBe("input/fr/articles/a.md(4,1): error SG0005: 'title' is written twice; keep one of them.");
    }

    [Fact]
    public void Text_that_makes_the_yaml_scanner_fail_is_a_located_error()
    {
        // Found by the binder property test: YamlDotNet's scanner throws InvalidOperationException here.
        var (root, diagnostics) = Read("topics: [tiktok\nçcgÉweh\\m»\n");

        root.ShouldBeNull();
        var error = diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("SG0003");
        error.Line.ShouldBe(2);
    }

    [Fact]
    public void Quoted_values_are_never_null()
    {
        var (root, _) = Read("a: ''\nb:\nc: \"null\"\n");

        var entries = root.ShouldBeOfType<YamlMapping>().Entries;
        ((YamlScalar)entries[0].Value).IsNull.ShouldBeFalse();
        ((YamlScalar)entries[1].Value).IsNull.ShouldBeTrue();
        ((YamlScalar)entries[2].Value).IsNull.ShouldBeFalse();
    }
}
