using AngleSharp.Html.Parser;

namespace SiteGen.Tests;

public class TopicPagesTests
{
    [Fact]
    public async Task Topic_pages_are_paginated_by_page_size_with_plain_links()
    {
        using var site = TestSite.CopyOfSample();
        var settings = site.Combine("input", "site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("pageSize: 20", "pageSize: 2"));
        var output = site.Combine("output");

        (await TestSite.BuildAsync(site.Combine("input"), output)).Succeeded.ShouldBeTrue();

        // TikTok has 5 French articles: pages of 2, 2 and 1.
        var parser = new HtmlParser();
        var first = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "fr/sujets/tiktok/index.html")));
        var second = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "fr/sujets/tiktok/page/2/index.html")));
        var third = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "fr/sujets/tiktok/page/3/index.html")));
        File.Exists(Path.Combine(output, "fr/sujets/tiktok/page/4/index.html")).ShouldBeFalse();

        first.QuerySelectorAll(".topic-articles article").Length.ShouldBe(2);
        third.QuerySelectorAll(".topic-articles article").Length.ShouldBe(1);
        first.QuerySelector("a[rel=next]")!.GetAttribute("href").ShouldBe("/news/fr/sujets/tiktok/page/2/");
        first.QuerySelector("a[rel=prev]").ShouldBeNull();
        second.QuerySelector("a[rel=prev]")!.GetAttribute("href").ShouldBe("/news/fr/sujets/tiktok/");
        second.QuerySelector("a[rel=next]")!.GetAttribute("href").ShouldBe("/news/fr/sujets/tiktok/page/3/");
        third.QuerySelector("a[rel=next]").ShouldBeNull();
        first.QuerySelector(".topic-timeline").ShouldNotBeNull();
        second.QuerySelector(".topic-timeline").ShouldBeNull();
        second.Title.ShouldBe("TikTok (Page 2 sur 3) – Le Fil");
        second.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://example.org/news/fr/sujets/tiktok/page/2/");
    }

    [Fact]
    public async Task Pages_that_exist_in_both_languages_carry_alternates_and_x_default()
    {
        using var folder = new TemporaryFolder();
        (await TestSite.BuildAsync(TestSite.SampleInput, folder.Combine("out"))).Succeeded.ShouldBeTrue();
        var parser = new HtmlParser();

        foreach (var page in new[] { "fr/index.html", "en/topics/index.html", "fr/sujets/commerce-social/index.html", "en/timeline/index.html",
                     "fr/articles/loi-americaine-tiktok/index.html" })
        {
            var document = parser.ParseDocument(File.ReadAllText(folder.Combine("out", page)));
            document.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")).ShouldBe(["fr", "en", "x-default"], page);
        }
        var untranslated = parser.ParseDocument(File.ReadAllText(folder.Combine("out", "fr/articles/createurs-et-marques/index.html")));
        untranslated.QuerySelectorAll("link[rel=alternate][hreflang]").ShouldBeEmpty();
        var socialCommerce = parser.ParseDocument(File.ReadAllText(folder.Combine("out", "fr/sujets/commerce-social/index.html")));
        socialCommerce.QuerySelector("link[hreflang=en]")!.GetAttribute("href").ShouldBe("https://example.org/news/en/topics/social-commerce/");
        socialCommerce.QuerySelector("nav.languages a")!.GetAttribute("href").ShouldBe("/news/en/topics/social-commerce/");
    }

    [Fact]
    public async Task A_topic_a_language_has_no_article_on_has_no_page_feed_data_entry_or_alternate_there()
    {
        using var site = TestSite.CopyOfSample();
        var topics = site.Combine("input", "topics.yml");
        File.AppendAllText(topics, "fiscalite:\n  fr: { name: Fiscalité, slug: fiscalite }\n  en: { name: Taxation, slug: taxation }\n");
        File.WriteAllText(site.Combine("input", "fr", "articles", "taxe.md"),
            "---\ntitle: Une taxe sur les ventes en ligne\ndate: 2024-10-01\ntopics: [fiscalite]\n---\nUn texte.\n");
        var output = site.Combine("output");

        (await TestSite.BuildAsync(site.Combine("input"), output)).Succeeded.ShouldBeTrue();

        File.Exists(Path.Combine(output, "fr/sujets/fiscalite/index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(output, "fr/sujets/fiscalite/feed.xml")).ShouldBeTrue();
        // It has no event: no timeline block, no TimelineJS data TimelineJS would refuse.
        File.Exists(Path.Combine(output, "fr/sujets/fiscalite/timeline.json")).ShouldBeFalse();
        var parser = new HtmlParser();
        var french = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "fr/sujets/fiscalite/index.html")));
        french.QuerySelector(".topic-timeline").ShouldBeNull();
        french.QuerySelectorAll("link[rel=alternate][hreflang]").ShouldBeEmpty();
        french.QuerySelector("nav.languages a")!.GetAttribute("href").ShouldBe("/news/en/", "the switcher leads to the English home, saying so");
        Directory.Exists(Path.Combine(output, "en/topics/taxation")).ShouldBeFalse();
        var englishIndex = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "en/topics/index.html")));
        englishIndex.QuerySelectorAll(".topic-list a").Select(a => a.GetAttribute("href")).ShouldNotContain("/news/en/topics/taxation/");
        File.ReadAllText(Path.Combine(output, "sitemap.xml")).ShouldNotContain("/en/topics/taxation/");
    }
}
