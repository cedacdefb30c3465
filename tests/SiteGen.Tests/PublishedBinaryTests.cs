using System.Diagnostics;
using System.Runtime.InteropServices;
using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>
/// The sitegen editors and CI run is published compiled ahead of time (Native AOT), where code that leans on
/// reflection or emits code can fail at run time although every other test passes on the JIT. These tests
/// publish it as the README says and use it as its users do: build, serve, check, import and new.
/// </summary>
public sealed class PublishedSitegen : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();

    public string Binary => _folder.Combine("bin", "sitegen");

    public async Task InitializeAsync()
    {
        var (exit, output) = await PublishedBinaryTests.RunAsync("dotnet", TestSite.RepositoryRoot,
            "publish", Path.Combine(TestSite.RepositoryRoot, "src", "SiteGen"), "-c", "Release", "-r", "linux-x64", "-o", _folder.Combine("bin"));
        exit.ShouldBe(0, output);
        // Compiled ahead of time, not a host for sitegen.dll.
        File.Exists(_folder.Combine("bin", "sitegen.dll")).ShouldBeFalse(output);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

public class PublishedBinaryTests(PublishedSitegen sitegen) : IClassFixture<PublishedSitegen>
{
    internal static async Task<(int Exit, string Output)> RunAsync(string file, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task It_builds_the_sample_site_byte_for_byte_as_the_tested_code_does()
    {
        using var folder = new TemporaryFolder();
        var (exit, output) = await RunAsync(sitegen.Binary, folder.Path, "build", "--input", TestSite.SampleInput, "--output", folder.Combine("published"), "--no-search");
        exit.ShouldBe(0, output);
        output.ShouldContain("with 0 warning(s)");

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        (await SiteGenCli.RunAsync(["build", "--input", TestSite.SampleInput, "--output", folder.Combine("tested"), "--no-search"], stdout, stderr)).ShouldBe(0, stderr.ToString());
        TestSite.Tree(folder.Combine("published")).ShouldBe(TestSite.Tree(folder.Combine("tested")));
    }

    [Fact]
    public async Task Bad_content_gets_its_located_error_and_exit_code_without_a_stack_trace()
    {
        using var site = TestSite.CopyOfSample();
        var article = site.Combine("input", "fr", "articles", "tiktok-shop-etats-unis.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("title: TikTok Shop arrive aux États-Unis", "title: [TikTok Shop"));

        var (exit, output) = await RunAsync(sitegen.Binary, site.Path, "build", "--input", site.Combine("input"), "--output", site.Combine("output"));

        exit.ShouldBe(1, output);
        output.ShouldContain(article + "(2,");
        output.ShouldContain(": error SG");
        output.ShouldNotContain("   at ");
        Directory.Exists(site.Combine("output")).ShouldBeFalse("nothing is written");
    }

    /// <summary>Hostile input, through the shipped binary: each gets its located error, exit code 1, no stack trace, nothing written.</summary>
    [Theory]
    [InlineData("alias bomb", "---\ntitle: Bombe\ndate: 2024-10-01\ntopics: [tiktok]\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\nCorps.\n")]
    [InlineData("unclosed front matter", "---\ntitle: Sans fin\ndate: 2024-10-01\ntopics: [tiktok]\nCorps sans fin de l’en-tête.\n")]
    [InlineData("path-traversal slug", "---\ntitle: Évasion\ndate: 2024-10-01\ntopics: [tiktok]\nslug: ../../../etc/cron.d\n---\nCorps.\n")]
    [InlineData("unknown topic", "---\ntitle: Sujet\ndate: 2024-10-01\ntopics: [sujet-inconnu]\n---\nCorps.\n")]
    [InlineData("script in a link", "---\ntitle: Lien\ndate: 2024-10-01\ntopics: [tiktok]\n---\n[Cliquer](javascript:alert(1)) et [là](../../../../etc/passwd.md).\n")]
    [InlineData("non-UTF-8 bytes", null)]
    [InlineData("file over the limit", "")]
    public async Task Hostile_content_gets_a_located_error_from_the_published_binary(string kind, string? text)
    {
        using var site = TestSite.CopyOfSample();
        var article = site.Combine("input", "fr", "articles", "hostile.md");
        var header = "---\ntitle: Octets\ndate: 2024-10-01\ntopics: [tiktok]\n---\n"u8.ToArray();
        File.WriteAllBytes(article, text switch
        {
            null => [.. header, .. "Un octet invalide : "u8.ToArray(), 0xFF, 0xFE, .. "\n"u8.ToArray()],
            "" => [.. header, .. Enumerable.Repeat((byte)'a', 5 << 20)],
            _ => System.Text.Encoding.UTF8.GetBytes(text),
        });

        var (exit, output) = await RunAsync(sitegen.Binary, site.Path, "build", "--input", site.Combine("input"), "--output", site.Combine("output"), "--no-search");

        exit.ShouldBe(1, $"{kind}\n{output}");
        output.ShouldContain(article + "(", customMessage: kind);
        output.ShouldContain(": error SG", customMessage: kind);
        output.ShouldNotContain("   at ", customMessage: kind);
        Directory.Exists(site.Combine("output")).ShouldBeFalse($"{kind}: nothing is written");
        Directory.Exists("/etc/cron.d/index.html").ShouldBeFalse();
    }

    [Fact]
    public async Task It_serves_rebuilds_on_an_edit_shows_errors_and_stops_on_a_signal()
    {
        using var site = TestSite.CopyOfSample();
        await using var serve = await ServeProcess.StartAsync(site, sitegen.Binary);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var page = new Uri(serve.Address, "fr/articles/tiktok-shop-etats-unis/");
        (await client.GetStringAsync(page)).ShouldContain("TikTok Shop arrive aux États-Unis");
        using var events = await client.GetAsync(new Uri(serve.Address, "/__sitegen/events"), HttpCompletionOption.ResponseHeadersRead);
        using var stream = new StreamReader(await events.Content.ReadAsStreamAsync());

        var article = site.Combine("input", "fr", "articles", "tiktok-shop-etats-unis.md");
        var text = File.ReadAllText(article);
        File.WriteAllText(article, text.Replace("title: TikTok Shop arrive aux États-Unis", "title: TikTok Shop s’installe aux États-Unis"));
        using (var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
            while (!(await client.GetStringAsync(page, bound.Token)).Contains("TikTok Shop s’installe aux États-Unis"))
                await Task.Delay(50, bound.Token);

        // A broken file: the open page is told the error, located, as JSON its script reads.
        File.WriteAllText(article, text.Replace("title: TikTok Shop arrive aux États-Unis", "title: [TikTok Shop"));
        using (var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            string? line;
            while ((line = await stream.ReadLineAsync(bound.Token)) != "event: errors") line.ShouldNotBeNull();
            var data = (await stream.ReadLineAsync(bound.Token))!;
            data.ShouldStartWith("data: [{\"file\":");
            data.ShouldContain("\"line\":2,");
            data.ShouldContain("tiktok-shop-etats-unis.md");
        }

        kill(serve.Process.Id, 15).ShouldBe(0);
        using (var hang = new CancellationTokenSource(TimeSpan.FromSeconds(75)))
            await serve.Process.WaitForExitAsync(hang.Token);
        serve.Process.ExitCode.ShouldBe(0, serve.Output);
        serve.Output.ShouldContain("Stopped.");
        serve.Output.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task It_imports_a_hugo_site_with_toml_front_matter_then_checks_it()
    {
        using var folder = new TemporaryFolder();
        var hugo = folder.Combine("hugo");
        TestSite.CopyTree(Path.Combine(TestSite.TestsFolder, "Fixtures", "hugo-by-folder"), hugo);
        var images = Path.Combine(TestSite.SampleInput, "assets", "images");
        Directory.CreateDirectory(Path.Combine(hugo, "static", "images"));
        File.Copy(Path.Combine(images, "partnership.jpg"), Path.Combine(hugo, "static", "images", "photo.jpg"));
        File.Copy(Path.Combine(images, "creators.jpg"), Path.Combine(hugo, "content", "fr", "posts", "l-ete-a-paris", "rue.jpg"));
        var input = folder.Combine("input");

        var (exit, output) = await RunAsync(sitegen.Binary, folder.Path, "import", "hugo", hugo, "--input", input);
        exit.ShouldBe(0, output);
        output.ShouldContain("  5 article(s), 2 page(s)");
        // first-post.md has TOML front matter (+++), read by Tomlyn's source-generated context.
        File.ReadAllText(Path.Combine(hugo, "content", "en", "posts", "first-post.md")).ShouldStartWith("+++");
        var imported = File.ReadAllText(Path.Combine(input, "en", "articles", "first-post.md"));
        imported.ShouldContain("TikTok Shop: what changes");
        imported.ShouldContain("date: 2018-03-09T09:00:00-04:00\n");

        (exit, output) = await RunAsync(sitegen.Binary, folder.Path, "check", "--input", input);
        exit.ShouldBe(0, output);
        output.ShouldContain(": 0 broken.");
    }

    [Fact]
    public async Task It_writes_a_new_article_whose_title_keeps_its_quotes_and_accents()
    {
        using var site = TestSite.CopyOfSample();
        var (exit, output) = await RunAsync(sitegen.Binary, site.Path, "new", "article", "--input", site.Combine("input"), "--lang", "fr",
            "--title", "L’été \"chaud\" de TikTok", "--topics", "tiktok");

        exit.ShouldBe(0, output);
        var written = Directory.GetFiles(site.Combine("input", "fr", "articles"), "*ete-chaud*").ShouldHaveSingleItem();
        File.ReadAllText(written).ShouldContain("title: \"L’été \\\"chaud\\\" de TikTok\"\n");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
