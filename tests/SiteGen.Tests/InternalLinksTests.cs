using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>Links between articles as editors write them, old addresses kept by aliases, and file names folded to slugs.</summary>
public class InternalLinksTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await SiteGenCli.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string Write(TemporaryFolder site, string relative, string text)
    {
        var path = site.Combine("input", relative);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Front = "---\ntitle: Liens\ndate: 2024-10-01\ntopics: [tiktok]\n---\n";

    [Fact]
    public async Task A_link_to_an_articles_file_leads_to_its_page_and_follows_its_slug()
    {
        using var site = TestSite.CopyOfSample();
        Write(site, "fr/articles/liens.md", Front + """
            [Relatif](loi-americaine-tiktok.md#contexte), [depuis input](/fr/articles/loi-americaine-tiktok.md),
            [la traduction](../../en/articles/us-law-tiktok-deadline.md) et <a href="tiktok-shop-etats-unis.md">en HTML</a>.
            """);
        var output = site.Combine("out");

        (await TestSite.BuildAsync(site.Combine("input"), output)).Succeeded.ShouldBeTrue();
        var page = File.ReadAllText(Path.Combine(output, "fr", "articles", "liens", "index.html"));
        page.ShouldContain("<a href=\"/news/fr/articles/loi-americaine-tiktok/#contexte\">Relatif</a>");
        page.ShouldContain("<a href=\"/news/fr/articles/loi-americaine-tiktok/\">depuis input</a>");
        page.ShouldContain("<a href=\"/news/en/articles/us-law-tiktok-deadline/\">la traduction</a>");
        page.ShouldContain("<a href=\"/news/fr/articles/tiktok-shop-etats-unis/\">en HTML</a>");
        page.ShouldNotContain("sitegen-source");

        var target = site.Combine("input", "fr", "articles", "loi-americaine-tiktok.md");
        File.WriteAllText(target, File.ReadAllText(target).Replace("translationKey: us-law", "translationKey: us-law\nslug: loi-tiktok"));
        (await TestSite.BuildAsync(site.Combine("input"), output)).Succeeded.ShouldBeTrue();
        File.ReadAllText(Path.Combine(output, "fr", "articles", "liens", "index.html"))
            .ShouldContain("<a href=\"/news/fr/articles/loi-tiktok/\">depuis input</a>");
    }

    [Fact]
    public async Task A_link_to_a_file_that_is_no_published_page_is_an_error_at_the_link()
    {
        using var site = TestSite.CopyOfSample();
        Write(site, "fr/articles/brouillon.md", "---\ntitle: Brouillon\ndate: 2024-10-01\ntopics: [tiktok]\ndraft: true\n---\nPas encore.\n");
        var liens = Write(site, "fr/articles/liens.md", Front + "[Absent](loi-americaine-tiktk.md) et [brouillon](brouillon.md) et [dehors](../../../README.md).\n");

        var (exit, _, stderr) = await Run("build", "--input", site.Combine("input"), "--output", site.Combine("out"), "--no-search");

        exit.ShouldBe(1);
        var errors = stderr.Split('\n').Where(l => l.Contains("SG0116")).ToList();
        errors.Count.ShouldBe(3, stderr);
        errors[0].ShouldBe($"{liens}(6,1): error SG0116: 'loi-americaine-tiktk.md' leads to input/fr/articles/loi-americaine-tiktk.md, which is no article or page of the site; did you mean 'loi-americaine-tiktok.md'?");
        errors[1].ShouldBe($"{liens}(6,38): error SG0116: 'brouillon.md' is input/fr/articles/brouillon.md, which this build does not publish (a draft, not yet published or expired); link to it once it is published.");
        errors[2].ShouldContain("(6,67): error SG0116: '../../../README.md' leads to ../../../README.md, which is no article or page of the site; link to a file under input/");
    }

    [Fact]
    public async Task Aliases_become_redirect_pages_and_redirect_lines_and_links_to_them_pass_check_with_a_note()
    {
        using var site = TestSite.CopyOfSample();
        Write(site, "fr/articles/liens.md", Front + "Un [vieux lien](/2024/04/24/loi-tiktok/) et un [autre](/2017/08/24/loi-americaine-tiktok/).\n");
        var output = site.Combine("out");

        (await TestSite.BuildAsync(site.Combine("input"), output)).Succeeded.ShouldBeTrue();
        File.ReadAllText(Path.Combine(output, "_redirects")).ShouldBe(
            "/news/2024/04/24/tiktok-law/ /news/en/articles/us-law-tiktok-deadline/ 301\n/news/2024/04/24/loi-tiktok/ /news/fr/articles/loi-americaine-tiktok/ 301\n");
        File.ReadAllText(Path.Combine(output, "2024", "04", "24", "loi-tiktok", "index.html")).ShouldBe($"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{SiteGen.Theme.Rendering.SecurityPolicy.ForMeta}">
            <title>Vendre ou disparaître : la loi américaine qui menace TikTok</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=https://example.org/news/fr/articles/loi-americaine-tiktok/">
            <link rel="canonical" href="https://example.org/news/fr/articles/loi-americaine-tiktok/">
            </head>
            <body>
            <main>
            <p><a href="/news/fr/articles/loi-americaine-tiktok/">Vendre ou disparaître : la loi américaine qui menace TikTok</a></p>
            </main>
            </body>
            </html>

            """.Replace("disparaître :", "disparaître\u00A0:")); // French typography: a no-break space before the colon
        File.ReadAllText(Path.Combine(output, "sitemap.xml")).ShouldNotContain("2024/04/24");

        var (exit, _, stderr) = await Run("check", "--input", site.Combine("input"));
        exit.ShouldBe(1);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2, stderr);
        lines[0].ShouldEndWith("liens.md(6,48): error SG0401: '/news/2017/08/24/loi-americaine-tiktok/' leads to no page or file of the site (/news/2017/08/24/loi-americaine-tiktok/); did you mean /news/fr/articles/loi-americaine-tiktok/? Link to it (or to its Markdown file), or keep the old address for it with aliases: [/2017/08/24/loi-americaine-tiktok/] in its front matter.");
        lines[1].ShouldEndWith("liens.md(6,4): warning SG0403: '/news/2024/04/24/loi-tiktok/' is an old address of /news/fr/articles/loi-americaine-tiktok/; it works through a redirect, but linking to /news/fr/articles/loi-americaine-tiktok/ saves readers the detour.");
    }

    [Fact]
    public async Task An_alias_that_is_not_a_path_or_is_taken_is_an_error_at_the_alias()
    {
        using var site = TestSite.CopyOfSample();
        var first = Write(site, "fr/articles/un.md", "---\ntitle: Un\ndate: 2024-10-01\ntopics: [tiktok]\naliases: [/2024/04/24/loi-tiktok/, vieux/chemin/, /fr/sujets/tiktok/, /a/../b/, /feed.xml]\n---\nTexte.\n");
        var page = Write(site, "fr/pages/vieux.md", "---\ntitle: Vieux\naliases: [/fr/articles/un/]\n---\nTexte.\n");

        var (exit, _, stderr) = await Run("build", "--input", site.Combine("input"), "--output", site.Combine("out"), "--no-search");

        exit.ShouldBe(1);
        var errors = stderr.Split('\n').Where(l => l.Contains("error SG011")).ToList();
        errors.ShouldContain(e => e.StartsWith($"{first}(5,36): error SG0117: The alias 'vieux/chemin/' does not start with '/' (write /vieux/chemin/)"), stderr);
        errors.ShouldContain(e => e.StartsWith($"{first}(5,71): error SG0117: The alias '/a/../b/' has a '.' or '..' segment"), stderr);
        errors.ShouldContain(e => e.StartsWith($"{first}(5,81): error SG0117: The alias '/feed.xml' names a data file"), stderr);
        errors.ShouldContain(e => e.StartsWith($"{first}(5,11): error SG0118: The alias '/2024/04/24/loi-tiktok/' already redirects to ")
            && e.Contains("loi-americaine-tiktok.md; an old address can lead to one page only"), stderr);

        // With the shapes mended, a page's address cannot be an alias.
        File.WriteAllText(first, "---\ntitle: Un\ndate: 2024-10-01\ntopics: [tiktok]\naliases: [/fr/sujets/tiktok/]\n---\nTexte.\n");
        File.Delete(page);
        (exit, _, stderr) = await Run("build", "--input", site.Combine("input"), "--output", site.Combine("out"), "--no-search");
        exit.ShouldBe(1);
        stderr.ShouldContain($"{first}(5,11): error SG0118: The alias '/fr/sujets/tiktok/' is the address of a page the site makes");
        Directory.Exists(site.Combine("out")).ShouldBeFalse();
    }

    [Fact]
    public async Task File_names_with_spaces_accents_and_apostrophes_are_folded_and_two_that_fold_alike_are_an_error()
    {
        using var site = TestSite.CopyOfSample();
        Write(site, "fr/articles/L'été d’Amazon à Paris.md", Front + "Texte.\n");
        var output = site.Combine("out");

        (await TestSite.BuildAsync(site.Combine("input"), output)).Succeeded.ShouldBeTrue();
        File.Exists(Path.Combine(output, "fr", "articles", "l-ete-d-amazon-a-paris", "index.html")).ShouldBeTrue();

        var second = Write(site, "fr/articles/L’Été d'Amazon à Paris !.md", Front + "Autre.\n");
        var (exit, _, stderr) = await Run("build", "--input", site.Combine("input"), "--output", output, "--no-search");
        exit.ShouldBe(1);
        stderr.ShouldContain("(1,1): error SG0106: The slug 'l-ete-d-amazon-a-paris' is already used by");
    }
}

public class SiteLanguageTests
{
    [Fact]
    public async Task A_site_language_the_theme_has_no_texts_for_is_an_error_at_its_key_not_a_crash()
    {
        using var site = TestSite.CopyOfSample();
        var settings = site.Combine("input", "site.yml");
        File.AppendAllText(settings, "  jp:\n    name: 日本語\n    title: ニュース\n    paths: { articles: articles, topics: topics, timeline: timeline, search: search }\n");
        var topics = site.Combine("input", "topics.yml");
        var text = File.ReadAllText(topics);
        foreach (var line in text.Split('\n').Where(l => l.StartsWith("  en: ", StringComparison.Ordinal)).Distinct().ToList())
            text = text.Replace(line + "\n", line + "\n" + line.Replace("  en: ", "  jp: ") + "\n");
        File.WriteAllText(topics, text);

        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("out"));

        report.Succeeded.ShouldBeFalse();
        report.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ShouldBe([
            $"{settings}(20,3): error SG0302: The theme has no interface texts in 'jp' (it has them in fr, en); add theme/i18n/jp.yml (a copy of en.yml, translated), or remove 'jp' from site.yml.",
        ]);
    }
}
