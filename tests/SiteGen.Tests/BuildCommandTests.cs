using SiteGen.Cli;

namespace SiteGen.Tests;

public class BuildCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await SiteGenCli.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static void Replace(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        text.ShouldContain(from);
        File.WriteAllText(file, text.Replace(from, to));
    }

    [Fact]
    public async Task Build_writes_the_site_and_exits_0()
    {
        using var site = TestSite.CopyOfSample();

        var (exit, stdout, stderr) = await Run("build", "--input", site.Combine("input"), "--output", site.Combine("output"));

        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("Built");
        File.Exists(site.Combine("output", "fr", "articles", "amazon-pourrait-il-racheter-tiktok", "index.html")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("https://owner.github.io/repo/", "Note: the site lives under /repo/, where crawlers never read robots.txt; submit its sitemap, https://owner.github.io/repo/sitemap.xml, to the search engines yourself.")]
    [InlineData("https://example.org/", null)]
    public async Task A_site_under_a_base_path_is_told_to_submit_its_sitemap(string baseUrl, string? note)
    {
        using var site = TestSite.CopyOfSample();

        var (exit, stdout, stderr) = await Run("build", "--input", site.Combine("input"), "--output", site.Combine("output"), "--base-url", baseUrl, "--no-search");

        exit.ShouldBe(0, stderr);
        var lines = stdout.Split('\n').Where(l => l.StartsWith("Note: ", StringComparison.Ordinal)).Select(l => l.TrimEnd('\r')).ToList();
        if (note is null) lines.ShouldBeEmpty();
        else lines.ShouldBe([note]);
    }

    [Fact]
    public async Task A_broken_date_exits_1_with_a_located_error_and_leaves_the_previous_site_whole()
    {
        using var site = TestSite.CopyOfSample();
        var output = site.Combine("output");
        (await Run("build", "--input", site.Combine("input"), "--output", output)).Exit.ShouldBe(0);
        var before = TestSite.Tree(output);
        var article = site.Combine("input", "fr", "articles", "loi-americaine-tiktok.md");
        Replace(article, "date: 2024-04-26", "date: hier");

        var (exit, _, stderr) = await Run("build", "--input", site.Combine("input"), "--output", output);

        exit.ShouldBe(1);
        stderr.ShouldContain("fr/articles/loi-americaine-tiktok.md(3,7): error SG0103: 'date': 'hier' is not a date;");
        stderr.ShouldNotContain("   at ");
        TestSite.Tree(output).ShouldBe(before);
        Directory.GetDirectories(site.Path, ".output.*").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_failed_first_build_writes_nothing()
    {
        using var site = TestSite.CopyOfSample();
        Replace(site.Combine("input", "en", "articles", "us-law-tiktok-deadline.md"), "topics: [tiktok, regulation]", "topics: [tiktok, regulaton]");

        var (exit, _, stderr) = await Run("build", "--input", site.Combine("input"), "--output", site.Combine("output"));

        exit.ShouldBe(1);
        stderr.ShouldContain("en/articles/us-law-tiktok-deadline.md(5,18): error SG0105: 'regulaton' is not a topic of topics.yml; did you mean 'regulation'?");
        Directory.Exists(site.Combine("output")).ShouldBeFalse();
        Directory.GetFileSystemEntries(site.Path).Select(Path.GetFileName).ShouldBe(["input"]);
    }

    [Fact]
    public async Task Bad_usage_exits_2()
    {
        (await Run("build", "--nope")).Exit.ShouldBe(2);
        (await Run()).Exit.ShouldBe(2);
        var (typo, _, typoErrors) = await Run("biuld");
        typo.ShouldBe(2);
        typoErrors.ShouldContain("Did you mean 'sitegen build'?");
        var (exit, _, stderr) = await Run("build", "--base-url", "/news/");
        exit.ShouldBe(2);
        stderr.ShouldContain("--base-url must be an absolute http or https address");
    }

    [Fact]
    public async Task An_output_folder_that_would_destroy_sources_is_refused()
    {
        using var site = TestSite.CopyOfSample();
        var input = site.Combine("input");
        File.WriteAllText(site.Combine("notes.txt"), "mine");

        (await Run("build", "--input", input, "--output", input)).Exit.ShouldBe(2);
        (await Run("build", "--input", input, "--output", site.Path)).Exit.ShouldBe(2);
        Directory.CreateDirectory(site.Combine("docs"));
        File.WriteAllText(site.Combine("docs", "keep.txt"), "mine");
        var (exit, _, stderr) = await Run("build", "--input", input, "--output", site.Combine("docs"));

        exit.ShouldBe(2);
        stderr.ShouldContain("already holds files that SiteGen did not write");
        File.ReadAllText(site.Combine("docs", "keep.txt")).ShouldBe("mine");
        File.ReadAllText(site.Combine("notes.txt")).ShouldBe("mine");
    }

    [Fact]
    public async Task The_base_url_option_moves_every_link()
    {
        using var site = TestSite.CopyOfSample();

        (await Run("build", "--input", site.Combine("input"), "--output", site.Combine("output"), "--base-url", "https://example.com/repo/")).Exit.ShouldBe(0);

        var home = File.ReadAllText(site.Combine("output", "fr", "index.html"));
        home.ShouldContain("href=\"/repo/assets/site.css\"");
        home.ShouldContain("href=\"https://example.com/repo/fr/\"");
        home.ShouldNotContain("/news/");
    }
}

public class TranslationsCommandTests
{
    [Fact]
    public async Task Lists_the_sample_sites_untranslated_and_outdated_articles()
    {
        var stdout = new StringWriter();
        var exit = await SiteGen.Cli.SiteGenCli.RunAsync(["translations", "--input", TestSite.SampleInput], stdout, new StringWriter());

        exit.ShouldBe(0);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain("Untranslated articles: 2");
        lines.ShouldContain(l => l.EndsWith("input/fr/articles/createurs-et-marques.md: no en version (add translationKey: … to both)"));
        lines.ShouldContain("Translations older than their original: 1");
        lines.ShouldContain(l => l.Contains("en/articles/could-amazon-buy-tiktok.md: its original") && l.Contains("changed on 2024-09-12"));
    }
}

public class SearchIndexingTests
{
    [Fact]
    public async Task Without_node_the_build_says_so_in_one_line_and_the_site_is_complete()
    {
        using var site = TestSite.CopyOfSample();
        var request = new SiteGen.Building.BuildRequest(site.Combine("input"), site.Combine("output"), null, new SiteGen.Content.Loading.BuildOptions(TestSite.BuildDate))
        {
            SearchTools = new SiteGen.Search.ToolLocation(site.Path, SearchPath: ""),
        };

        var report = await SiteGen.Building.SiteBuilder.BuildAsync(request);

        report.Succeeded.ShouldBeTrue();
        report.Search.ShouldNotBeNull().Unavailable.ShouldBe("Node.js was not found, so the site has no search index; install Node.js to add it. Everything else is built.");
        File.Exists(site.Combine("output", "fr", "recherche", "index.html")).ShouldBeTrue();
        Directory.Exists(site.Combine("output", "pagefind")).ShouldBeFalse();
    }
}

public class FirstContactTests
{
    [Fact]
    public async Task Past_twenty_warnings_of_one_kind_the_rest_are_counted_and_verbose_prints_them_all()
    {
        using var site = TestSite.CopyOfSample();
        for (var i = 0; i < 25; i++)
            File.WriteAllText(site.Combine("input", "fr", "articles", $"ancien-{i:D2}.md"),
                $"---\ntitle: Ancien {i}\ndate: 2018-03-09 09:00:00 -0400\ntopics: [tiktok]\ncategories: [vieux]\n---\nTexte.\n");

        var stderr = new StringWriter();
        var exit = await SiteGenCli.RunAsync(["build", "--input", site.Combine("input"), "--output", site.Combine("out"), "--no-search"], new StringWriter(), stderr);

        exit.ShouldBe(0, stderr.ToString());
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Count(l => l.Contains("warning SG0104")).ShouldBe(20);
        lines[^1].ShouldBe("… and 5 more SG0104 warning(s) (Unknown key), not shown; --verbose prints them all.");

        var all = new StringWriter();
        await SiteGenCli.RunAsync(["build", "--input", site.Combine("input"), "--output", site.Combine("out"), "--no-search", "--verbose"], new StringWriter(), all);
        all.ToString().Split('\n').Count(l => l.Contains("warning SG0104")).ShouldBe(25);
    }

    [Fact]
    public async Task Examples_in_messages_use_the_sites_own_topics()
    {
        using var site = TestSite.CopyOfSample();
        var file = site.Combine("input", "fr", "articles", "sans-sujet.md");
        File.WriteAllText(file, "---\ntitle: Sans sujet\ndate: 2024-10-01\n---\nTexte.\n");

        var stderr = new StringWriter();
        await SiteGenCli.RunAsync(["build", "--input", site.Combine("input"), "--output", site.Combine("out"), "--no-search"], new StringWriter(), stderr);

        stderr.ToString().ShouldContain($"{file}(2,1): error SG0101: The front matter has no 'topics'; add a line topics: [amazon, creators].");
    }
}
