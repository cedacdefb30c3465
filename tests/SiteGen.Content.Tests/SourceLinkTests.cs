using SiteGen.Content.Markdown;
using SiteGen.Rules;

namespace SiteGen.Content.Tests;

public class SourceLinkTests
{
    [Theory]
    [InlineData("loi.md", true)]
    [InlineData("../en/articles/law.md#why", true)]
    [InlineData("/fr/articles/loi.md", true)]
    [InlineData("LOI.MD?x=1", true)]
    [InlineData("https://github.com/owner/repo/README.md", false)]
    [InlineData("//cdn.example/notes.md", false)]
    [InlineData("mailto:a@b.md", false)]
    [InlineData("/fr/articles/loi/", false)]
    [InlineData("#notes.md", false)]
    [InlineData("notes.mdx", false)]
    public void Names_only_addresses_of_markdown_files_of_the_site(string url, bool names) => SourceLink.Names(url).ShouldBe(names);

    [Fact]
    public void A_link_keeps_its_fragment_and_its_path_is_unescaped()
    {
        var link = SourceLink.Of("l%27%C3%A9t%C3%A9.md#le-contexte", new SourceLocation("a.md", 3, 4), 2);
        link.Written.ShouldBe("l'été.md");
        link.Fragment.ShouldBe("#le-contexte");
        SourceLink.Replace($"<a href=\"{link.Placeholder}\">x</a> <a href=\"{link.Placeholder}0\">y</a>", [(link, "/fr/articles/l-ete/")])
            .ShouldBe($"<a href=\"/fr/articles/l-ete/#le-contexte\">x</a> <a href=\"{link.Placeholder}0\">y</a>");
    }

    [Theory]
    [InlineData("/2017/08/24/old/", "/2017/08/24/old/")]
    [InlineData("/2017/08/24/old", "/2017/08/24/old/")]
    [InlineData("/old/page.html", "/old/page.html")]
    public void An_alias_is_published_as_a_folder_or_as_the_file_it_names(string alias, string published) =>
        Aliases.Normalize(alias).ShouldBe(published);

    [Theory]
    [InlineData("https://old.example/x/", "is a whole address")]
    [InlineData("x/y/", "does not start with '/' (write /x/y/)")]
    [InlineData("/a b/", "has a character")]
    [InlineData("/a/../../etc/", "has a '.' or '..' segment")]
    [InlineData("/", "is the site's root")]
    [InlineData("/index.xml", "names a data file")]
    public void An_alias_must_be_a_page_path_of_the_site(string alias, string problem) => Aliases.Problem(alias).ShouldNotBeNull().ShouldContain(problem);

    [Fact]
    public void A_long_title_is_cut_at_the_end_of_a_word()
    {
        var title = string.Join(' ', Enumerable.Repeat("information", 15)) + " to help you get started";
        var slug = Slugs.FromTitle(title);
        slug.Length.ShouldBeLessThanOrEqualTo(Slugs.MaxLength);
        slug.ShouldEndWith("-information");
    }
}
