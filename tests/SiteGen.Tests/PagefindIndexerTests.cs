using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Tests;

/// <summary>Pagefind is given only the folders of the pages the site marks for search, one language at a time.</summary>
public class PagefindIndexerTests
{
    private static ToolLocation Tools => new(TestSite.RepositoryRoot, Environment.GetEnvironmentVariable("PATH") ?? "");

    [Fact]
    public async Task One_run_per_language_writes_the_bundle_one_run_over_both_writes()
    {
        using var site = new TemporaryFolder();
        void Page(string path, string language, string text) =>
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(site.Combine(path)).FullName, "index.html"),
                $"<!doctype html><html lang=\"{language}\"><head><title>{text}</title></head><body><main data-pagefind-body>" +
                $"<h1>{text}</h1><p data-pagefind-filter=\"topic\">Régulation</p><p>{text}, écrit en {language} : ﹏ « guillemets » ‿</p></main></body></html>");
        Page("fr/articles/un", "fr", "Un article sur la régulation des plateformes");
        Page("fr/articles/deux", "fr", "Les créateurs et leurs revenus");
        Page("en/articles/one", "en", "An article on regulating platforms");
        Page("en/articles/two", "en", "Creators and what they earn");
        // What a single Pagefind run over both languages writes:
        var pagefind = Path.Combine(TestSite.RepositoryRoot, "node_modules", ".bin", "pagefind");
        File.Exists(pagefind).ShouldBeTrue("npm ci installs Pagefind (tests/tools/install.sh)");
        using (var single = System.Diagnostics.Process.Start(pagefind, ["--site", site.Path, "--output-path", site.Combine("single"), "--quiet", "--glob", "{fr/articles,en/articles}/**/*.html"]))
            await single.WaitForExitAsync();

        var indexing = await PagefindIndexer.IndexAsync(site.Path, Tools, CancellationToken.None, [["fr/articles"], ["en/articles"]], site.Combine("apart"));

        indexing.Indexed.ShouldBeTrue(indexing.Failure ?? indexing.Unavailable);
        using var entry = JsonDocument.Parse(File.ReadAllText(site.Combine("apart", "pagefind-entry.json")));
        entry.RootElement.GetProperty("languages").EnumerateObject().Select(l => l.Name).ShouldBe(["en", "fr"]);
        TestSite.Tree(site.Combine("apart")).ShouldBe(TestSite.Tree(site.Combine("single")));
    }

    [Fact]
    public async Task A_language_indexed_in_parts_holds_what_one_run_over_it_holds()
    {
        using var site = new TemporaryFolder();
        string[] topics = ["Régulation", "Créateurs", "Économie"];
        void Page(string path, string language, int n, string text) =>
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(site.Combine(path)).FullName, "index.html"),
                $"<!doctype html><html lang=\"{language}\"><head><title>{text}</title></head><body><main data-pagefind-body>" +
                $"<h1>{text}</h1><p data-pagefind-meta=\"date:2024-0{1 + n % 9}-1{n % 10}\" data-pagefind-sort=\"date:2024-0{1 + n % 9}-1{n % 10}\">le {n}</p>" +
                $"<p data-pagefind-filter=\"topic\">{topics[n % 3]}</p><p data-pagefind-filter=\"topic\">{topics[(n + 1) % 3]}</p>" +
                (n % 4 == 0 ? $"<img src=\"/photo-{n}.jpg\" alt=\"Photo du marché {n}\">" : "") +
                $"<h2 id=\"s{n}\">Section {n}</h2><p>{text}, page {n} : « guillemets » l’été, été, ete, déjà {new string('x', n)}</p></main></body></html>");
        string[] french = ["La régulation des plateformes", "Les créateurs et leurs revenus", "L’économie de l’attention", "Un été de décisions",
                           "Le marché publicitaire", "Les données personnelles", "La régulation, encore"];
        for (var i = 0; i < french.Length; i++) Page($"fr/articles/a{i}", "fr", i, french[i]);
        Page("fr/articles/index-page", "fr", 7, "Une page à part");
        string[] english = ["Regulating platforms", "Creators and what they earn", "The attention economy"];
        for (var i = 0; i < english.Length; i++) Page($"en/articles/a{i}", "en", 10 + i, english[i]);

        var whole = await PagefindIndexer.IndexAsync(site.Path, Tools, CancellationToken.None, [["fr/articles"], ["en/articles"]], site.Combine("whole"));
        var parts = await PagefindIndexer.IndexAsync(site.Path, Tools, CancellationToken.None, [["fr/articles"], ["en/articles"]], site.Combine("parts"),
            pagesPerRun: 2);

        var again = await PagefindIndexer.IndexAsync(site.Path, Tools, CancellationToken.None, [["fr/articles"], ["en/articles"]], site.Combine("again"),
            pagesPerRun: 2);

        whole.Indexed.ShouldBeTrue(whole.Failure ?? whole.Unavailable);
        parts.Indexed.ShouldBeTrue(parts.Failure ?? parts.Unavailable);
        again.Indexed.ShouldBeTrue(again.Failure ?? again.Unavailable);
        TestSite.Tree(site.Combine("again")).ShouldBe(TestSite.Tree(site.Combine("parts")), "joining is deterministic, file names and bytes");
        var described = PagefindBundle.Describe(site.Combine("parts"));
        described.ShouldContain("fr page /fr/articles/index-page/");
        described.ShouldContain("fr word ete variant été on /fr/articles/a6/");
        described.ShouldContain("fr filter topic=Économie:");
        described.ShouldContain("fr meta fields: [\"date\",\"image\",\"image_alt\",\"title\"]", Case.Sensitive,
            "pages with an image in some parts only: their meta fields are numbered apart, then alike");
        described.ShouldBe(PagefindBundle.Describe(site.Combine("whole")));
        static IEnumerable<string> Files(string folder) => Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f)).Where(f => !f.EndsWith(".pf_meta") && !f.StartsWith("index") && !f.StartsWith("filter"))
            .Order(StringComparer.Ordinal);
        Files(site.Combine("parts")).ShouldBe(Files(site.Combine("whole")), "the same fragments and scripts, and no part folder left");
        File.ReadAllText(site.Combine("fr", "articles", "a0", "index.html")).ShouldContain("La régulation des plateformes", Case.Sensitive,
            "removing the parts' links leaves the pages");
    }

    [Fact]
    public async Task A_language_without_articles_yet_is_left_out_and_the_others_are_indexed()
    {
        using var site = new TemporaryFolder();
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(site.Combine("fr", "articles", "un")).FullName, "index.html"),
            "<!doctype html><html lang=\"fr\"><head><title>Un</title></head><body><main data-pagefind-body><p>Le premier article du site</p></main></body></html>");
        Directory.CreateDirectory(site.Combine("en"));

        var indexing = await PagefindIndexer.IndexAsync(site.Path, Tools, CancellationToken.None, [["fr/articles"], ["en/articles"]]);

        indexing.Indexed.ShouldBeTrue(indexing.Failure ?? indexing.Unavailable);
        using var entry = JsonDocument.Parse(File.ReadAllText(site.Combine(PagefindIndexer.Folder, "pagefind-entry.json")));
        entry.RootElement.GetProperty("languages").EnumerateObject().Select(l => l.Name).ShouldBe(["fr"]);
    }

    [Fact]
    public async Task Only_the_pages_under_the_given_folders_are_indexed()
    {
        var site = Directory.CreateTempSubdirectory("sitegen-pagefind-").FullName;
        try
        {
            void Page(string path, string text) =>
                File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(site, Path.GetDirectoryName(path)!)).FullName, "index.html"),
                    $"<!doctype html><html lang=\"fr\"><head><title>{text}</title></head><body><main data-pagefind-body><p>{text}</p></main></body></html>");
            Page("fr/articles/un/index.html", "Un article sur la régulation");
            Page("fr/actualites/deux/index.html", "Un second article");
            Page("fr/sujets/regulation/index.html", "Une page de sujet qui ne doit pas être cherchée");

            var indexing = await PagefindIndexer.IndexAsync(site, Tools,
                CancellationToken.None, [["fr/articles", "fr/actualites"]]);

            indexing.Failure.ShouldBeNull();
            indexing.Indexed.ShouldBeTrue(indexing.Unavailable);
            using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, PagefindIndexer.Folder, "pagefind-entry.json")));
            entry.RootElement.GetProperty("languages").GetProperty("fr").GetProperty("page_count").GetInt32().ShouldBe(2);
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }
}
