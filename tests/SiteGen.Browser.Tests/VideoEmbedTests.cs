using Microsoft.Playwright;
using SiteGen.Building;
using SiteGen.Content.Loading;
using SiteGen.Serving;

namespace SiteGen.Browser.Tests;

/// <summary>A video link alone in a paragraph: nothing asked of the video host until the reader clicks, then its privacy-preserving player.</summary>
[Collection(BrowserCollection.Name)]
public class VideoEmbedTests(BrowserFixture site) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-video-" + Guid.NewGuid().ToString("N"));
    private StaticSiteServer _server = default!;

    private static readonly string[] VideoHosts = ["youtube.com", "youtu.be", "ytimg.com", "googlevideo.com", "vimeo.com", "vimeocdn.com", "youtube-nocookie.com"];

    public async Task InitializeAsync()
    {
        var input = Path.Combine(_folder, "input");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(BrowserFixture.RepositoryRoot(), "input"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(input, Path.GetRelativePath(Path.Combine(BrowserFixture.RepositoryRoot(), "input"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        File.WriteAllText(Path.Combine(input, "fr", "articles", "audition-video.md"), """
            ---
            title: L’audition en vidéo
            date: 2024-10-02
            topics: [tiktok]
            ---
            L’audition du patron de TikTok devant le Congrès, en vidéo.

            [L’audition au Congrès](https://www.youtube.com/watch?v=dQw4w9WgXcQ)

            https://vimeo.com/76979871
            """);
        var output = Path.Combine(_folder, "output");
        var report = await SiteBuilder.BuildAsync(new BuildRequest(input, output, null, new BuildOptions(DateTimeOffset.UtcNow)) { Search = false });
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        _server = await StaticSiteServer.StartAsync(output, report.Index!.Content.Site.BasePath);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private string Address => new Uri(_server.Address, "fr/articles/audition-video/").ToString();

    [Theory]
    [InlineData("phone", 390, 844)]
    [InlineData("desktop", 1280, 900)]
    public async Task Nothing_is_asked_of_the_video_host_until_the_reader_clicks_then_the_nocookie_player_plays(string name, int width, int height)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var requests = new List<string>();
        var refused = new List<string>();
        await context.RouteAsync("https://www.youtube-nocookie.com/**", route => route.FulfillAsync(new() { Body = "<!DOCTYPE html><title>player</title><p>player</p>", ContentType = "text/html" }));
        var page = await context.NewPageAsync();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) refused.Add(message.Text); };

        await page.GotoAsync(Address, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var videos = page.Locator("figure.video");
        (await videos.CountAsync()).ShouldBe(2);
        requests.Where(u => VideoHosts.Any(h => new Uri(u).Host.EndsWith(h, StringComparison.Ordinal))).ShouldBeEmpty("before any click");
        (await videos.First.Locator(".video-title").InnerTextAsync()).ShouldBe("L’audition au Congrès");
        var box = (await videos.First.BoundingBoxAsync())!;
        box.Height.ShouldBe(box.Width * 9 / 16, 2, "the box keeps the player's proportions");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artefacts, $"video-{name}.png"), FullPage = true });

        await videos.First.Locator("a.video-link").ClickAsync();
        var frame = page.Locator("figure.video iframe.video-player");
        await frame.WaitForAsync();
        (await frame.GetAttributeAsync("src")).ShouldBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
        (await frame.GetAttributeAsync("title")).ShouldBe("L’audition au Congrès");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        requests.ShouldContain(u => u.StartsWith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", StringComparison.Ordinal));
        requests.Where(u => new Uri(u).Host is "www.youtube.com" or "youtube.com" or "vimeo.com" or "player.vimeo.com").ShouldBeEmpty("only the clicked video's nocookie player");
        refused.ShouldBeEmpty("the site's content security policy lets the player in");
        page.Url.ShouldBe(Address, "the reader stays on the article");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_a_video_is_a_link_to_its_page()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        await context.RouteAsync("https://www.youtube.com/**", route => route.FulfillAsync(new() { Body = "<!DOCTYPE html><title>watch</title>", ContentType = "text/html" }));
        var page = await context.NewPageAsync();
        await page.GotoAsync(Address);

        await page.Locator("figure.video a.video-link").First.ClickAsync();
        await page.WaitForURLAsync("https://www.youtube.com/**");
        page.Url.ShouldBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        await context.CloseAsync();
    }
}
