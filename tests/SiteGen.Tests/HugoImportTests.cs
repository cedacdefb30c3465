using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>A Hugo site moves in: imported, built without an error, every link checked.</summary>
public class HugoImportTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await SiteGenCli.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A copy of a fixture, with real images where its pages show some.</summary>
    private static string Fixture(TemporaryFolder folder, string name)
    {
        var site = folder.Combine(name);
        TestSite.CopyTree(Path.Combine(TestSite.TestsFolder, "Fixtures", name), site);
        var images = Path.Combine(TestSite.SampleInput, "assets", "images");
        if (name == "hugo-by-folder")
        {
            Directory.CreateDirectory(Path.Combine(site, "static", "images"));
            File.Copy(Path.Combine(images, "partnership.jpg"), Path.Combine(site, "static", "images", "photo.jpg"));
            File.Copy(Path.Combine(images, "creators.jpg"), Path.Combine(site, "content", "fr", "posts", "l-ete-a-paris", "rue.jpg"));
        }
        return site;
    }

    private static IEnumerable<string> Pages(string output) => Directory.GetFiles(output, "*.html", SearchOption.AllDirectories);

    [Fact]
    public async Task A_site_by_folder_with_toml_yaml_and_json_front_matter_imports_builds_and_checks()
    {
        using var folder = new TemporaryFolder();
        var site = Fixture(folder, "hugo-by-folder");
        var input = folder.Combine("input");

        var (exit, stdout, stderr) = await Run("import", "hugo", site, "--input", input);

        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("  5 article(s), 2 page(s); 1 list page(s) (_index.md) left out");
        stdout.ShouldContain("  2 translation pair(s);");
        stdout.ShouldContain("post(s) without a tag are under the topic 'general'");
        stdout.ShouldContain("Front matter keys not carried: featured (1), weight (1).");
        stdout.ShouldContain($"Next: sitegen check --input {input}");
        var kept = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("SG0702")).ToList();
        kept.ShouldHaveSingleItem().ShouldStartWith(Path.Combine(site, "content", "fr", "posts", "premier-billet.md") + "(32,1): warning SG0702: The shortcode {{< tweet … }}");

        var french = File.ReadAllText(Path.Combine(input, "fr", "articles", "premier-billet.md"));
        french.ShouldStartWith("""
            ---
            title: "TikTok Shop : ce qui change"
            date: 2018-03-09 09:00:00 -0400
            lastmod: 2018-03-10T08:00:00+01:00
            summary: Une boutique dans l'application.
            topics: [tiktok, regulation, analyse]
            translationKey: premier
            aliases: [/ancien/premier/, /2018/03/09/tiktok-shop--ce-qui-change/]
            ---
            """);
        french.ShouldContain("![Deux cercles reliés par une ligne](/assets/images/photo.jpg \"Une illustration\")");
        french.ShouldContain("\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n");
        french.ShouldContain("[la suite](/fr/articles/deuxieme-billet.md)");
        french.ShouldContain("[l'été](/fr/articles/l-ete-a-paris.md)");
        french.ShouldContain("```go\nfmt.Println(\"bonjour\")\n```");
        File.ReadAllText(Path.Combine(input, "en", "articles", "first-post.md")).ShouldContain("date: 2018-03-09T09:00:00-04:00\n");
        File.ReadAllText(Path.Combine(input, "topics.yml")).ShouldContain("regulation:\n  fr: { name: Régulation, slug: regulation }\n  en: { name: Regulation, slug: regulation }\n");
        File.Exists(Path.Combine(input, "assets", "posts", "l-ete-a-paris", "rue.jpg")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(input, "en", "articles", "first-post.md")).ShouldContain("author: [jane-doe, ravi-patel]\n", Case.Sensitive, "Hugo's authors taxonomy");
        File.ReadAllText(Path.Combine(input, "fr", "articles", "deuxieme-billet.md")).ShouldContain("author: [jane-doe]\n", Case.Sensitive, "a plain author: name");
        File.ReadAllText(Path.Combine(input, "authors.yml")).ShouldEndWith("jane-doe:\n  name: Jane Doe\nravi-patel:\n  name: Ravi Patel\n");

        var output = folder.Combine("output");
        (exit, _, stderr) = await Run("build", "--input", input, "--output", output, "--no-search");
        exit.ShouldBe(0, stderr);
        stderr.ShouldNotContain("error");
        foreach (var page in Pages(output))
        {
            var html = File.ReadAllText(page);
            html.ShouldNotContain("&lt;table", Case.Insensitive, page);
            html.ShouldNotContain("&lt;details", Case.Insensitive, page);
            html.ShouldNotContain("more--", Case.Sensitive, page);
            html.ShouldNotContain("{{&lt; figure", Case.Sensitive, page);
            html.ShouldNotContain("{{&lt; youtube", Case.Sensitive, page);
            html.ShouldNotContain("{{&lt; ref", Case.Sensitive, page);
            html.ShouldNotContain("onclick", Case.Sensitive, page);
        }
        var article = File.ReadAllText(Path.Combine(output, "fr", "articles", "premier-billet", "index.html"));
        article.ShouldContain("<figure class=\"video\"");
        article.ShouldContain("<table>");
        article.ShouldContain("<picture>");
        File.ReadAllText(Path.Combine(output, "2018", "03", "09", "tiktok-shop--ce-qui-change", "index.html")).ShouldContain("url=https://blog.example.org/fr/articles/premier-billet/");
        File.Exists(Path.Combine(output, "posts", "deuxieme-billet", "index.html")).ShouldBeFalse("a permalink pattern replaced /posts/…/");
        File.Exists(Path.Combine(output, "2018", "04", "02", "deuxième-billet", "index.html")).ShouldBeTrue("the old address (:slug is the title, urlized as Hugo does, accents kept) redirects");
        File.Exists(Path.Combine(output, "en", "posts", "first-post", "index.html")).ShouldBeFalse();
        File.ReadAllText(Path.Combine(output, "fr", "authors", "jane-doe", "index.html")).ShouldContain("href=\"/fr/articles/deuxieme-billet/\"");

        (exit, stdout, stderr) = await Run("check", "--input", input);
        exit.ShouldBe(0, stderr);
        stdout.ShouldContain(": 0 broken.");
    }

    [Fact]
    public async Task A_site_by_suffix_pairs_translations_by_path_and_keeps_its_url_as_an_alias()
    {
        using var folder = new TemporaryFolder();
        var site = Fixture(folder, "hugo-by-suffix");
        var input = folder.Combine("input");

        var (exit, stdout, stderr) = await Run("import", "hugo", site, "--input", input);

        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("  3 article(s), 1 page(s)");
        stdout.ShouldContain("  1 translation pair(s);");
        File.ReadAllText(Path.Combine(input, "site.yml")).ShouldStartWith("baseUrl: https://example.com/blog/\ndefaultLanguage: en\nlanguages:\n  en:\n");
        File.ReadAllText(Path.Combine(input, "topics.yml")).ShouldContain("news:\n  en: { name: News, slug: news }\n  fr: { name: Actualités, slug: actualites }\n");
        var data = File.ReadAllText(Path.Combine(input, "en", "articles", "the-data.md"));
        data.ShouldContain("aliases: [/2024/data-post/]");
        File.ReadAllText(Path.Combine(input, "en", "articles", "hello.md")).ShouldContain("[the data post](/en/articles/the-data.md)");
        File.ReadAllText(Path.Combine(input, "fr", "articles", "hello.md")).ShouldContain("translationKey: posts-hello\naliases: [/fr/posts/hello/]");

        (exit, _, stderr) = await Run("build", "--input", input, "--output", folder.Combine("output"), "--no-search");
        exit.ShouldBe(0, stderr);
        (exit, _, stderr) = await Run("check", "--input", input);
        exit.ShouldBe(0, stderr);
    }

    [Fact]
    public async Task An_existing_input_is_never_replaced_without_force()
    {
        using var folder = new TemporaryFolder();
        var site = Fixture(folder, "hugo-by-suffix");
        var input = folder.Combine("input");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "site.yml"), "mine");

        var (exit, _, stderr) = await Run("import", "hugo", site, "--input", input);
        exit.ShouldBe(2);
        stderr.ShouldContain("already exists and is not empty; import into another folder with --input, or add --force to replace it.");
        File.ReadAllText(Path.Combine(input, "site.yml")).ShouldBe("mine");

        (exit, _, stderr) = await Run("import", "hugo", site, "--input", input, "--force");
        exit.ShouldBe(0, stderr);
        File.ReadAllText(Path.Combine(input, "site.yml")).ShouldStartWith("baseUrl:");
        Directory.GetDirectories(folder.Path).ShouldNotContain(d => d.Contains(".import-"));
    }

    [Fact]
    public async Task A_folder_that_is_no_hugo_site_is_refused()
    {
        using var folder = new TemporaryFolder();
        var (exit, _, stderr) = await Run("import", "hugo", folder.Path, "--input", folder.Combine("input"));
        exit.ShouldBe(2);
        stderr.ShouldContain("has no hugo.toml, config.toml (or .yaml, .json) and no config/_default/: is it a Hugo site?");
    }
}
