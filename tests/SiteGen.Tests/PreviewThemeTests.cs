using SiteGen.Content.Loading;
using SiteGen.Serving;

namespace SiteGen.Tests;

/// <summary>Serve run from the repository's layout takes the theme's assets from theme/assets and rebuilds when they change.</summary>
public class PreviewThemeTests
{
    [Fact]
    public async Task Serve_takes_the_theme_assets_beside_the_input_folder_and_rebuilds_when_they_change()
    {
        using var site = TestSite.CopyOfSample();
        var assets = site.Combine("theme", "assets");
        TestSite.CopyTree(Path.Combine(TestSite.RepositoryRoot, "theme", "assets"), assets);
        await using var session = await PreviewSession.StartAsync(site.Combine("input"), 0, new BuildOptions(TestSite.BuildDate), TextWriter.Null);
        using var http = new HttpClient();
        var stylesheet = new Uri(session.Address, "assets/site.css");

        session.ThemeAssets.ShouldBe(assets);
        (await http.GetStringAsync(stylesheet)).ShouldBe(await File.ReadAllTextAsync(Path.Combine(assets, "site.css")));

        var rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Rebuilt += report => { if (report.Succeeded) rebuilt.TrySetResult(); };
        await File.AppendAllTextAsync(Path.Combine(assets, "site.css"), "\n.edited-in-the-theme { color: inherit; }\n");
        await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(20));

        (await http.GetStringAsync(stylesheet)).ShouldContain(".edited-in-the-theme");
    }

    [Fact]
    public async Task Without_a_theme_folder_beside_it_serve_uses_the_assets_compiled_into_the_theme()
    {
        using var site = TestSite.CopyOfSample();
        await using var session = await PreviewSession.StartAsync(site.Combine("input"), 0, new BuildOptions(TestSite.BuildDate), TextWriter.Null);
        using var http = new HttpClient();

        session.ThemeAssets.ShouldBeNull();
        (await http.GetStringAsync(new Uri(session.Address, "assets/site.css")))
            .ShouldBe(await File.ReadAllTextAsync(Path.Combine(TestSite.RepositoryRoot, "theme", "assets", "site.css")));
    }
}
