using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Tests;

/// <summary>
/// The bundle SiteGen writes: the index of the pages under the folders given, as Pagefind 1.6 indexes them, and Pagefind's
/// own scripts and WebAssembly beside it.
/// </summary>
public class PagefindIndexerTests
{
    private static ToolLocation Tools => new(TestSite.RepositoryRoot, Environment.GetEnvironmentVariable("PATH") ?? "");

    [Fact]
    public async Task The_bundle_is_the_one_Pagefind_writes_for_the_same_pages()
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
        PagefindBundle.ShouldBeTheSameBundle(site.Combine("apart"), site.Combine("single"));
    }

    [Fact]
    public async Task Pages_with_an_image_on_some_only_sorts_and_filters_are_indexed_as_Pagefind_indexes_them()
    {
        using var site = new TemporaryFolder();
        string[] topics = ["Régulation", "Créateurs", "Économie"];
        void Page(string path, string language, int n, string text) =>
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(site.Combine(path)).FullName, "index.html"),
                $"<!doctype html><html lang=\"{language}\"><head><title>{text}</title></head><body><main data-pagefind-body>" +
                $"<h1>{text}</h1><p data-pagefind-meta=\"date:2024-0{1 + n % 9}-1{n % 10}\" data-pagefind-sort=\"date:2024-0{1 + n % 3}-{10 + n}\">le {n}</p>" +
                $"<p data-pagefind-filter=\"topic\">{topics[n % 3]}</p><p data-pagefind-filter=\"topic\">{topics[(n + 1) % 3]}</p>" +
                (n % 4 == 0 ? $"<img src=\"/photo-{n}.jpg\" alt=\"Photo du marché {n}\">" : "") +
                $"<h2 id=\"s{n}\">Section {n}</h2><p>{text}, page {n} : « guillemets » l’été, été, ete, déjà {new string('x', n)}</p></main></body></html>");
        string[] french = ["La régulation des plateformes", "Les créateurs et leurs revenus", "L’économie de l’attention", "Un été de décisions",
                           "Le marché publicitaire", "Les données personnelles", "La régulation, encore"];
        for (var i = 0; i < french.Length; i++) Page($"fr/articles/a{i}", "fr", i, french[i]);
        Page("fr/articles/index-page", "fr", 7, "Une page à part");
        string[] english = ["Regulating platforms", "Creators and what they earn", "The attention economy"];
        for (var i = 0; i < english.Length; i++) Page($"en/articles/a{i}", "en", 10 + i, english[i]);
        var pagefind = Path.Combine(TestSite.RepositoryRoot, "node_modules", ".bin", "pagefind");
        using (var single = System.Diagnostics.Process.Start(pagefind, ["--site", site.Path, "--output-path", site.Combine("pagefind"), "--quiet", "--glob", "{fr/articles,en/articles}/**/*.html"]))
            await single.WaitForExitAsync();

        var indexing = await PagefindIndexer.IndexAsync(site.Path, Tools, CancellationToken.None, [["fr/articles"], ["en/articles"]], site.Combine("own"));
        var again = await PagefindIndexer.IndexAsync(site.Path, Tools, CancellationToken.None, [["fr/articles"], ["en/articles"]], site.Combine("again"));

        indexing.Indexed.ShouldBeTrue(indexing.Failure ?? indexing.Unavailable);
        again.Indexed.ShouldBeTrue(again.Failure ?? again.Unavailable);
        TestSite.Tree(site.Combine("again")).ShouldBe(TestSite.Tree(site.Combine("own")), "indexing is deterministic, file names and bytes");
        var described = PagefindBundle.Describe(site.Combine("own"));
        described.ShouldContain("fr page /fr/articles/index-page/");
        described.ShouldContain("fr word ete variant été on /fr/articles/a6/");
        described.ShouldContain("fr filter topic=Économie:");
        described.ShouldContain("fr meta fields: [\"date\",\"image\",\"image_alt\",\"title\"]");
        PagefindBundle.ShouldBeTheSameBundle(site.Combine("own"), site.Combine("pagefind"));
    }

    [Fact]
    public async Task Pages_of_the_same_sort_value_keep_the_order_of_their_paths_whatever_order_they_were_written_in()
    {
        using var site = new TemporaryFolder();
        foreach (var (name, date) in new[] { ("c", "2024-05-02"), ("b", "2024-05-01"), ("d", "2024-05-01"), ("a", "2024-05-01") })
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(site.Combine("fr", "articles", name)).FullName, "index.html"),
                $"<!doctype html><html lang=\"fr\"><head><title>{name}</title></head><body><main data-pagefind-body>" +
                $"<p data-pagefind-sort=\"date:{date}\">Article {name}</p></main></body></html>");

        var indexing = await PagefindIndexer.IndexAsync(site.Path, Tools, CancellationToken.None, [["fr/articles"]]);

        indexing.Indexed.ShouldBeTrue(indexing.Failure ?? indexing.Unavailable);
        PagefindBundle.Describe(site.Combine(PagefindIndexer.Folder)).Split('\n')
            .ShouldContain("fr sort date: /fr/articles/a/ /fr/articles/b/ /fr/articles/d/ /fr/articles/c/");
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
