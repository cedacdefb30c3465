using SiteGen.Cli;

namespace SiteGen.Tests;

public class CheckCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> Check(string input, params string[] more)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await SiteGenCli.RunAsync(["check", "--input", input, .. more], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task The_sample_site_has_no_broken_link()
    {
        var (exit, stdout, stderr) = await Check(TestSite.SampleInput);

        exit.ShouldBe(0, stderr);
        stdout.ShouldContain(": 0 broken.");
    }

    [Fact]
    public async Task Broken_links_anchors_and_assets_are_reported_where_the_editor_wrote_them()
    {
        using var site = TestSite.CopyOfSample();
        Directory.CreateDirectory(site.Combine("input", "assets"));
        File.WriteAllText(site.Combine("input", "assets", "carte.pdf"), "%PDF-1.4");
        var article = site.Combine("input", "fr", "articles", "tiktok-shop-etats-unis.md");
        File.AppendAllText(article, """

            Voir [la loi](../loi-americaine-tiktok/#pourquoi-cette-loi-), [une page absente](/news/fr/articles/nexiste-pas/),
            [une ancre absente](../loi-americaine-tiktok/#nulle-part) et [le site d’Amazon](https://www.amazon.com/).

            [La carte](/news/assets/carte.pdf), [absente](/news/assets/absente.pdf)
            """);

        var (exit, stdout, stderr) = await Check(site.Combine("input"));

        exit.ShouldBe(1);
        var errors = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        errors.Length.ShouldBe(3, stderr);
        errors[0].ShouldEndWith("fr/articles/tiktok-shop-etats-unis.md(28,63): error SG0401: '/news/fr/articles/nexiste-pas/' leads to no page or file of the site (/news/fr/articles/nexiste-pas/); correct the address or remove the link.");
        errors[1].ShouldEndWith("fr/articles/tiktok-shop-etats-unis.md(29,1): error SG0402: '../loi-americaine-tiktok/#nulle-part' points at '#nulle-part', which fr/articles/loi-americaine-tiktok/index.html does not have; link to a heading id that exists.");
        errors[2].ShouldEndWith("fr/articles/tiktok-shop-etats-unis.md(31,37): error SG0401: '/news/assets/absente.pdf' leads to no page or file of the site (/news/assets/absente.pdf); correct the address or remove the link.");
        stdout.ShouldContain("External links (not fetched): 3 to 2 host(s): mastodon.example (2), www.amazon.com (1).", Case.Sensitive, "the author page's link, in two languages");
    }

    [Fact]
    public async Task Under_another_base_path_every_link_still_resolves()
    {
        var (exit, stdout, stderr) = await Check(TestSite.SampleInput, "--base-url", "https://example.github.io/repo/");

        exit.ShouldBe(0, stderr);
        stdout.ShouldContain(": 0 broken.");
    }
}
