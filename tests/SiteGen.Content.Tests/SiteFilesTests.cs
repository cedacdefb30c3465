using System.Text;
using SiteGen.Content.Loading;
using SiteGen.Rules;

namespace SiteGen.Content.Tests;

public class SiteFilesTests
{
    internal const string Site = """
        baseUrl: https://example.org/news/
        defaultLanguage: fr
        languages:
          en:
            name: English
            title: The Thread
            paths: { articles: articles, topics: topics, timeline: timeline, search: search }
          fr:
            name: Français
            title: Le Fil
            paths: { articles: articles, topics: sujets, timeline: chronologie, search: recherche }
        """;

    [Fact]
    public void Reads_settings_with_the_default_language_first()
    {
        var diagnostics = new List<Diagnostic>();
        var site = SiteFiles.ReadSettings("input/site.yml", Encoding.UTF8.GetBytes(Site), diagnostics).ShouldNotBeNull();

        diagnostics.ShouldBeEmpty();
        site.Languages.Select(l => l.Code).ShouldBe(["fr", "en"]);
        site.BasePath.ShouldBe("/news/");
        site.PageSize.ShouldBe(20);
        site["fr"].Paths.Topics.ShouldBe("sujets");
    }

    [Fact]
    public void A_relative_base_url_and_an_unknown_default_language_are_located()
    {
        var diagnostics = new List<Diagnostic>();
        var text = Site.Replace("https://example.org/news/", "/news/").Replace("defaultLanguage: fr", "defaultLanguage: de");

        SiteFiles.ReadSettings("input/site.yml", Encoding.UTF8.GetBytes(text), diagnostics).ShouldBeNull();

        diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "input/site.yml(1,10): error SG0201: 'baseUrl' must be an absolute http or https address, such as https://example.org/news/, not '/news/'.",
            "input/site.yml(2,18): error SG0202: 'defaultLanguage' is 'de', which is not under 'languages'; write one of en, fr.",
        ]);
    }

    [Fact]
    public void Topics_must_be_named_in_every_language_with_unique_slugs()
    {
        var diagnostics = new List<Diagnostic>();
        var site = SiteFiles.ReadSettings("input/site.yml", Encoding.UTF8.GetBytes(Site), diagnostics)!;
        var topics = """
            tiktok:
              fr: { name: TikTok, slug: tiktok }
              en: { name: TikTok, slug: tiktok }
            amazon:
              fr: { name: Amazon, slug: tiktok }
              en: { name: Amazon, slug: amazon }
            creators:
              fr: { name: Créateurs, slug: createurs }
            """;

        SiteFiles.ReadTopics("input/topics.yml", Encoding.UTF8.GetBytes(topics), site, diagnostics).ShouldBeNull();

        diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "input/topics.yml(5,29): error SG0204: Topics 'tiktok' and 'amazon' both use the fr slug 'tiktok'; give 'amazon' a slug of its own.",
            "input/topics.yml(7,1): error SG0203: Topic 'creators' has no 'en' name; add en: { name: …, slug: … } under it.",
        ]);
    }
}
