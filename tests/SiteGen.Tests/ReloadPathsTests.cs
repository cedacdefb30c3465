using SiteGen.Serving;

namespace SiteGen.Tests;

/// <summary>A rebuild tells open pages which of them changed, so that only those reload.</summary>
public class ReloadPathsTests
{
    [Fact]
    public void Pages_are_named_by_their_addresses_under_the_base_path()
    {
        ReloadPaths.Of(["fr/articles/loi/index.html", "index.html", "fr/404.html", "fr/feed.xml", "sitemap.xml", "robots.txt"], "/news/")
            .ShouldBe(["/news/", "/news/fr/404.html", "/news/fr/articles/loi/"]);
    }

    [Theory]
    [InlineData("assets/site.css")]
    [InlineData("assets/images/tiktok-shop-640.webp")]
    [InlineData("fr/chronologie/timeline.json")]
    public void A_changed_stylesheet_image_or_data_file_concerns_every_page(string file)
    {
        ReloadPaths.Of(["fr/articles/loi/index.html", file], "/").ShouldBeNull();
    }

    [Fact]
    public void A_rebuild_of_a_great_many_pages_concerns_every_page()
    {
        ReloadPaths.Of(Enumerable.Range(0, 501).Select(i => $"fr/articles/a{i}/index.html").ToList(), "/").ShouldBeNull();
        ReloadPaths.Of(Enumerable.Range(0, 500).Select(i => $"fr/articles/a{i}/index.html").ToList(), "/")!.Count.ShouldBe(500);
    }

    [Fact]
    public void The_reload_message_names_the_pages_or_none_for_all()
    {
        PreviewHooks.ReloadJson(3, ["/fr/articles/l\"oi/"]).ShouldBe("{\"build\":3,\"pages\":[\"/fr/articles/l\\u0022oi/\"]}");
        PreviewHooks.ReloadJson(4, null).ShouldBe("{\"build\":4}");
    }
}
