using AngleSharp.Html.Parser;

namespace SiteGen.Tests;

/// <summary>The front page leads with one story; every article is within three clicks of its language's home.</summary>
public class FrontPageTests
{
    [Fact]
    public async Task The_front_page_leads_with_the_newest_story_then_the_latest_the_leading_topics_and_the_latest_events()
    {
        using var folder = new TemporaryFolder();
        (await TestSite.BuildAsync(TestSite.SampleInput, folder.Combine("out"))).Succeeded.ShouldBeTrue();
        var home = new HtmlParser().ParseDocument(File.ReadAllText(folder.Combine("out", "fr", "index.html")));

        var lead = home.QuerySelector(".lead-story")!;
        lead.QuerySelector("h3 a")!.TextContent.ShouldBe("«\u00A0Si vous ne pouvez pas les battre, rejoignez-les\u00A0»");
        lead.QuerySelector("img")!.GetAttribute("fetchpriority").ShouldBe("high", "the lead image is the page's largest paint");
        home.QuerySelectorAll("section[aria-labelledby=latest] .summary").Length.ShouldBe(5);
        home.QuerySelectorAll(".topic-section").Length.ShouldBe(3);
        home.QuerySelectorAll(".front-events li").Length.ShouldBe(5);
        home.QuerySelector(".more-articles a")!.GetAttribute("href").ShouldBe("/news/fr/archives/");
    }

    [Fact]
    public async Task The_editors_choose_the_front_page_topics_and_their_order_and_an_unknown_one_is_a_located_error()
    {
        using var site = TestSite.CopyOfSample();
        var settings = site.Combine("input", "site.yml");
        var original = File.ReadAllText(settings);
        File.WriteAllText(settings, original.Replace("pageSize: 20", "pageSize: 20\nfrontPage: [creators, regulation, amazon, tiktok]"));
        (await TestSite.BuildAsync(site.Combine("input"), site.Combine("out"))).Succeeded.ShouldBeTrue();

        var french = new HtmlParser().ParseDocument(File.ReadAllText(site.Combine("out", "fr", "index.html")));
        french.QuerySelectorAll(".topic-section .section-label").Select(h => h.TextContent.Trim()).ShouldBe(["Tout sur Créateurs", "Tout sur Régulation", "Tout sur Amazon", "Tout sur TikTok"]);
        var english = new HtmlParser().ParseDocument(File.ReadAllText(site.Combine("out", "en", "index.html")));
        english.QuerySelectorAll(".topic-section .section-label").Select(h => h.TextContent.Trim()).Select(t => t[(t.LastIndexOf(' ') + 1)..]).ShouldBe(["Regulation", "Amazon", "TikTok"],
            "no English article is on creators: that section is left out in English");

        File.WriteAllText(settings, original.Replace("pageSize: 20", "pageSize: 20\nfrontPage: [tiktok, regulaton, tiktok]"));
        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("out2"));
        report.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ShouldBe(
        [
            $"{settings}(4,21): error SG0105: 'regulaton' in frontPage is not a topic of topics.yml; did you mean 'regulation'?",
            $"{settings}(4,32): error SG0201: 'tiktok' is named twice in frontPage; the front page has one section per topic, so remove one.",
        ]);
    }

    [Fact]
    public async Task Every_article_is_within_three_clicks_of_its_home_through_pages_and_month_archives()
    {
        using var site = TestSite.CopyOfSample();
        var settings = site.Combine("input", "site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("pageSize: 20", "pageSize: 2"));
        var output = site.Combine("output");
        (await TestSite.BuildAsync(site.Combine("input"), output)).Succeeded.ShouldBeTrue();
        var parser = new HtmlParser();

        // 6 French articles, 2 a page: the front page shows 2, then /fr/page/2/ and /fr/page/3/.
        var second = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "fr/page/2/index.html")));
        second.QuerySelectorAll(".article-list article").Length.ShouldBe(2);
        second.QuerySelector("a[rel=prev]")!.GetAttribute("href").ShouldBe("/news/fr/");
        second.QuerySelector("a[rel=next]")!.GetAttribute("href").ShouldBe("/news/fr/page/3/");
        second.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://example.org/news/fr/page/2/");
        File.Exists(Path.Combine(output, "fr/page/4/index.html")).ShouldBeFalse();
        var september = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "fr/archives/2024/09/index.html")));
        september.QuerySelector("h1")!.TextContent.ShouldBe("septembre 2024");
        september.QuerySelector("a[rel=prev]")!.GetAttribute("href").ShouldBe("/news/fr/archives/2024/08/");
        var sitemap = File.ReadAllText(Path.Combine(output, "sitemap.xml"));
        sitemap.ShouldContain("https://example.org/news/fr/archives/2024/09/");
        sitemap.ShouldContain("https://example.org/news/fr/page/2/");

        foreach (var language in new[] { "fr", "en" })
        {
            var reached = Reachable(output, $"/news/{language}/", clicks: 3);
            var articles = Directory.GetDirectories(Path.Combine(output, language, "articles")).Select(d => $"/news/{language}/articles/{Path.GetFileName(d)}/");
            articles.Where(a => !reached.Contains(a)).ShouldBeEmpty(language);
        }
    }

    /// <summary>The addresses a reader reaches from <paramref name="start"/> in at most so many clicks on the site's links.</summary>
    private static HashSet<string> Reachable(string output, string start, int clicks)
    {
        var parser = new HtmlParser();
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var frontier = new List<string> { start };
        for (var click = 0; click < clicks; click++)
        {
            var next = new List<string>();
            foreach (var url in frontier)
            {
                var file = Path.Combine(output, url["/news/".Length..], "index.html");
                if (!url.EndsWith('/') || !File.Exists(file)) continue;
                foreach (var link in parser.ParseDocument(File.ReadAllText(file)).QuerySelectorAll("a[href^='/news/']"))
                {
                    var href = link.GetAttribute("href")!.Split('#')[0];
                    if (seen.Add(href)) next.Add(href);
                }
            }
            frontier = next;
        }
        return seen;
    }
}
