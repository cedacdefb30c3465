using Microsoft.Playwright;
using SiteGen.Content.Loading;
using SiteGen.Serving;

namespace SiteGen.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class LivePreviewTests(BrowserFixture site)
{
    private static string CopyOfSample()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sitegen-serve-tests", Guid.NewGuid().ToString("N"));
        var from = Path.Combine(BrowserFixture.RepositoryRoot(), "input");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, "input", Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return folder;
    }

    [Fact]
    public async Task An_edit_updates_the_open_page_a_broken_file_shows_its_errors_and_the_fix_brings_the_page_back()
    {
        var folder = CopyOfSample();
        var article = Path.Combine(folder, "input", "fr", "articles", "loi-americaine-tiktok.md");
        var original = await File.ReadAllTextAsync(article);
        var log = new StringWriter();
        await using var session = await PreviewSession.StartAsync(Path.Combine(folder, "input"), 0, new BuildOptions(DateTimeOffset.UtcNow, IncludeDrafts: true), TextWriter.Synchronized(log));
        var page = await site.Browser.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, m) => console.Add(m.Text);
        await page.GotoAsync(new Uri(session.Address, "fr/articles/loi-americaine-tiktok/").ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Vendre ou disparaître\u00A0: la loi américaine qui menace TikTok");

        await File.WriteAllTextAsync(article, original.Replace("title: \"Vendre ou disparaître : la loi américaine qui menace TikTok\"", "title: \"Une loi, une échéance\""));
        try
        {
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Une loi, une échéance", new() { Timeout = 20_000 });
        }
        catch (PlaywrightException exception)
        {
            throw new Exception($"{exception.Message}\nserve log:\n{log}\nconsole:\n{string.Join("\n", console)}");
        }

        await File.WriteAllTextAsync(article, original.Replace("date: 2024-04-26", "date: hier"));
        var overlay = page.Locator(".sitegen-overlay");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(overlay).ToContainTextAsync("loi-americaine-tiktok.md(3,7)");
        await Assertions.Expect(overlay).ToContainTextAsync("SG0103: 'date': 'hier' is not a date");

        await File.WriteAllTextAsync(article, original);
        await Assertions.Expect(page.Locator(".sitegen-overlay")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Vendre ou disparaître\u00A0: la loi américaine qui menace TikTok");
        File.ReadAllText(Path.Combine(BrowserFixture.Artefacts, "..", "..", "input", "fr", "articles", "loi-americaine-tiktok.md")).ShouldBe(original);
    }

    /// <summary>
    /// An edit to an article's text shows in its open page before the rebuild ends, and the
    /// rebuild's reload concerns only the pages it changed: another open page stays as it is.
    /// </summary>
    [Fact]
    public async Task A_text_edit_shows_in_its_page_first_and_leaves_other_open_pages_alone()
    {
        var folder = CopyOfSample();
        var article = Path.Combine(folder, "input", "fr", "articles", "loi-americaine-tiktok.md");
        var log = new StringWriter();
        await using var session = await PreviewSession.StartAsync(Path.Combine(folder, "input"), 0, new BuildOptions(DateTimeOffset.UtcNow, IncludeDrafts: true), TextWriter.Synchronized(log));
        var edited = await site.Browser.NewPageAsync();
        var other = await site.Browser.NewPageAsync();
        await edited.GotoAsync(new Uri(session.Address, "fr/articles/loi-americaine-tiktok/").ToString());
        await other.GotoAsync(new Uri(session.Address, "fr/a-propos/").ToString());
        await Assertions.Expect(other.Locator("h1")).ToBeVisibleAsync();
        await other.EvaluateAsync("window.sitegenKept = true");
        var rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Rebuilt += _ => rebuilt.TrySetResult();

        await File.AppendAllTextAsync(article, "\nUn paragraphe écrit pendant la relecture.\n");

        await Assertions.Expect(edited.Locator(".body")).ToContainTextAsync("Un paragraphe écrit pendant la relecture.", new() { Timeout = 20_000 });
        await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await Task.Delay(500); // a reload the rebuild asked for would have started by now
        log.ToString().ShouldContain("Shown in ");
        (await other.EvaluateAsync<bool>("window.sitegenKept === true")).ShouldBeTrue($"the page no edit changed was reloaded\n{log}");
    }

    /// <summary>The preview's search page works, and finds a word written in the editor once the index made behind the edit is in.</summary>
    [Fact]
    public async Task The_preview_search_finds_articles_and_a_word_just_written()
    {
        var folder = CopyOfSample();
        var article = Path.Combine(folder, "input", "fr", "articles", "loi-americaine-tiktok.md");
        var pagefind = new SiteGen.Search.ToolLocation(BrowserFixture.RepositoryRoot(), Environment.GetEnvironmentVariable("PATH") ?? "");
        await using var session = await PreviewSession.StartAsync(Path.Combine(folder, "input"), 0, new BuildOptions(DateTimeOffset.UtcNow, IncludeDrafts: true), TextWriter.Null,
            search: pagefind);
        await session.SearchIndexRun.WaitAsync(TimeSpan.FromSeconds(120));
        var page = await site.Browser.NewPageAsync();
        var results = page.Locator(".pagefind-ui__result-link");

        await page.GotoAsync(new Uri(session.Address, "fr/recherche/").ToString());
        await page.Locator(".pagefind-ui__search-input").FillAsync("reglementation");
        await Assertions.Expect(results.First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/fr/articles/loi-americaine-tiktok/$"), new() { Timeout = 15_000 });

        var rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Rebuilt += report => { if (report.Succeeded) rebuilt.TrySetResult(); };
        await File.AppendAllTextAsync(article, "\nUn mot rare, hippocampique, écrit pendant la relecture.\n");
        await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await session.SearchIndexRun.WaitAsync(TimeSpan.FromSeconds(120));

        await page.GotoAsync(new Uri(session.Address, "fr/recherche/").ToString());
        await page.Locator(".pagefind-ui__search-input").FillAsync("hippocampique");
        await Assertions.Expect(results).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        (await results.First.GetAttributeAsync("href")).ShouldEndWith("/fr/articles/loi-americaine-tiktok/");
    }

    [Fact]
    public async Task Serve_shows_drafts_marked_as_such()
    {
        var folder = CopyOfSample();
        await File.WriteAllTextAsync(Path.Combine(folder, "input", "fr", "articles", "brouillon.md"),
            "---\ntitle: Un brouillon\ndate: 2024-10-01\ndraft: true\ntopics: [tiktok]\n---\nPas encore prêt.\n");
        await using var session = await PreviewSession.StartAsync(Path.Combine(folder, "input"), 0, new BuildOptions(DateTimeOffset.UtcNow, IncludeDrafts: true), TextWriter.Null);
        var page = await site.Browser.NewPageAsync();

        await page.GotoAsync(new Uri(session.Address, "fr/articles/brouillon/").ToString());

        await Assertions.Expect(page.Locator(".draft-note")).ToContainTextAsync("Brouillon");
    }
}
