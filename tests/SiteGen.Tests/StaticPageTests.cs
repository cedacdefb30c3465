using AngleSharp.Html.Parser;

namespace SiteGen.Tests;

public class StaticPageTests
{
    [Fact]
    public async Task Static_pages_are_built_linked_from_the_footer_and_paired_by_translation_key()
    {
        using var folder = new TemporaryFolder();
        (await TestSite.BuildAsync(TestSite.SampleInput, folder.Combine("out"))).Succeeded.ShouldBeTrue();
        var parser = new HtmlParser();

        var about = parser.ParseDocument(File.ReadAllText(folder.Combine("out", "fr", "a-propos", "index.html")));
        about.Title.ShouldBe("À propos – Le Fil");
        about.QuerySelector("link[hreflang=en]")!.GetAttribute("href").ShouldBe("https://example.org/news/en/about/");
        about.QuerySelector("nav.languages a")!.GetAttribute("href").ShouldBe("/news/en/about/");
        var home = parser.ParseDocument(File.ReadAllText(folder.Combine("out", "en", "index.html")));
        home.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ShouldContain("/news/en/about/");
    }

    [Fact]
    public async Task A_page_slug_that_is_a_section_path_is_refused_where_it_is_written()
    {
        using var site = TestSite.CopyOfSample();
        File.WriteAllText(site.Combine("input", "fr", "pages", "mentions.md"), "---\ntitle: Mentions\nslug: chronologie\n---\nTexte.\n");

        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("output"));

        report.Succeeded.ShouldBeFalse();
        report.Diagnostics.ShouldHaveSingleItem().ToString().ShouldEndWith(
            "fr/pages/mentions.md(3,7): error SG0108: The slug 'chronologie' is the path of a section of the site; give this page another slug with slug: …");
    }
}
