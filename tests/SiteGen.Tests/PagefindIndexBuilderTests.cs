using SiteGen.Search;

namespace SiteGen.Tests;

/// <summary>
/// SiteGen's own index holds, page for page and word for word, what Pagefind 1.6's indexer writes for the same pages:
/// the fragments, every word's and variant's postings with their weights and positions, filters, sorts and meta.
/// </summary>
public class PagefindIndexBuilderTests
{
    private static string Pagefind => Path.Combine(TestSite.RepositoryRoot, "node_modules", ".bin", "pagefind");

    private static async Task PagefindIndexesAsync(string site, string output, string glob)
    {
        File.Exists(Pagefind).ShouldBeTrue("npm ci installs Pagefind (tests/tools/install.sh)");
        using var run = System.Diagnostics.Process.Start(Pagefind, ["--site", site, "--output-path", output, "--quiet", "--glob", glob]);
        await run.WaitForExitAsync();
        run.ExitCode.ShouldBe(0);
    }

    private static IReadOnlyList<string> Pages(string site, params string[] folders) =>
        [.. folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(site, f), "*.html", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task The_sample_sites_articles_are_indexed_as_Pagefind_indexes_them()
    {
        using var folder = new TemporaryFolder();
        var site = folder.Combine("site");
        (await TestSite.BuildAsync(TestSite.SampleInput, site)).Succeeded.ShouldBeTrue();
        await PagefindIndexesAsync(site, folder.Combine("pagefind"), "{fr/articles,en/articles}/**/*.html");

        var languages = PagefindIndexBuilder.Write(site, Pages(site, "fr/articles", "en/articles"), folder.Combine("own"), CancellationToken.None);
        await File.WriteAllTextAsync(folder.Combine("own", "pagefind-entry.json"), Entry(languages));

        languages.Select(l => l.Code).ShouldBe(["en", "fr"]);
        PagefindBundle.ShouldBeAlike(folder.Combine("own"), folder.Combine("pagefind"));
        Directory.EnumerateFiles(folder.Combine("own", "fragment")).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(Directory.EnumerateFiles(folder.Combine("pagefind", "fragment")).Select(Path.GetFileName).Order(StringComparer.Ordinal),
                "fragments are named by the hash of the same bytes");
    }

    [Fact]
    public async Task Messy_pages_are_indexed_as_Pagefind_indexes_them()
    {
        using var folder = new TemporaryFolder();
        var site = folder.Combine("site");
        string[] bodies =
        [
            // Entities, nested inline tags, a word split over tags, scripts and styles, ignored parts.
            "<h1 id=\"titre\">L&rsquo;&eacute;t&eacute; &amp; l’<em>hiver</em> : «&nbsp;tout&nbsp;» change</h1>" +
            "<p>Un mot <b>coupé</b>en<i>deux</i>, un <a href=\"/x\">lien</a>; des chiffres 1,5 % et 2024-05-01.</p>" +
            "<script>var pasIndexe = 1;</script><style>p { color: red }</style>" +
            "<div data-pagefind-ignore><p>Texte ignoré</p></div><div data-pagefind-ignore=\"all\"><p data-pagefind-filter=\"sujet\">Caché</p></div>" +
            "<h2 id=\"suite\">La suite</h2><p>Porte-parole, peut-être, aujourd’hui, c'est-à-dire : l’avenir d’autres.</p>",
            // Weights, meta and filters given as attributes, sort values, images with and without alt text, headings in depth.
            "<h1>Un titre</h1><p data-pagefind-weight=\"3.5\">Texte pesant plus</p><p data-pagefind-weight=\"0.2\">Texte pesant moins</p>" +
            "<p data-pagefind-meta=\"auteur\">Camille Martin</p><span data-pagefind-meta=\"date:2024-03-02\" data-pagefind-sort=\"date:2024-03-02\"></span>" +
            "<p data-pagefind-filter=\"sujet\">Économie</p><p data-pagefind-filter=\"sujet:Société, culture\"></p>" +
            "<img src=\"/a.jpg\" alt=\"Une photo &quot;nette&quot;\"><img src=\"/b.jpg\">" +
            "<h3 id=\"c\">Trois</h3><h4>Quatre</h4><h5 id=\"e\">Cinq</h5><h6>Six</h6><p>Fin.</p>",
            // Emoji, other scripts, upper case and camel case, long words, attributes indexed on request, empty elements.
            "<h1>ÉLECTIONS 2024 🗳️ et résultats</h1><p>Le 東京 marché, Ελλάδα, русский; camelCaseWord et HTML5Parser.</p>" +
            "<p>" + new string('a', 300) + " fin</p><img src=\"/c.png\" alt=\"Légende\" title=\"Titre d’image\" data-pagefind-index-attrs=\"title,alt\">" +
            "<p></p><ul><li>Un</li><li>Deux</li></ul><table><tr><td>Cellule</td><td>Autre</td></tr></table><pre>  code   espacé  </pre>",
            // Words with full stops and repeated parts, decomposed accents, emoji with modifiers, entities in attributes.
            "<h1>Points</h1><p>aa.bb-aa.bb p50.c50c41.800.jpg x-aa.bb /x/y.zz/ww aa-aa TikTok McDonald e&#x301;te 👍🏽 A.B.C 3.14</p>" +
            "<img src=\"/i.jpg?x=1&amp;y=2\" alt=\"A &amp; B &quot;c&quot;\"><p data-pagefind-meta=\"auteur:A &amp; B\" data-pagefind-filter=\"sujet:C &amp; D\">x</p>" +
            "<p data-pagefind-meta=\"chapo\">E &amp; F &lt;g&gt; p50.c50c41.800.jpg</p><p data-pagefind-filter=\"genre\">H &amp; I</p>",
        ];
        for (var i = 0; i < bodies.Length; i++)
        {
            var path = Path.Combine(site, "fr", "articles", $"page-{i}", "index.html");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Titre &amp; page " + i +
                "</title></head><body><header><p>Menu du site</p></header><main data-pagefind-body>" + bodies[i] + "</main><footer>Pied</footer></body></html>");
        }
        var english = Path.Combine(site, "en", "articles", "one", "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(english)!);
        await File.WriteAllTextAsync(english, "<!DOCTYPE html><html lang=\"en-GB\"><head><title>One</title></head><body>" +
            "<article data-pagefind-body><h1>Running runners ran</h1><p>Don't stop: it's the platforms' rules, e.g. U.S.-based ones.</p></article></body></html>");
        var unmarked = Path.Combine(site, "fr", "articles", "sans-corps", "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(unmarked)!);
        await File.WriteAllTextAsync(unmarked, "<html lang=\"fr\"><body><p>Une page sans corps marqué n’est pas indexée</p></body></html>");

        await PagefindIndexesAsync(site, folder.Combine("pagefind"), "{fr/articles,en/articles}/**/*.html");
        var languages = PagefindIndexBuilder.Write(site, Pages(site, "fr/articles", "en/articles"), folder.Combine("own"), CancellationToken.None);
        await File.WriteAllTextAsync(folder.Combine("own", "pagefind-entry.json"), Entry(languages));

        PagefindBundle.ShouldBeAlike(folder.Combine("own"), folder.Combine("pagefind"));
    }

    /// <summary>Both bundles say the same; else the lines each says alone.</summary>
    private static string Entry(IReadOnlyList<PagefindIndexBuilder.Language> languages) =>
        "{\"version\":\"1.6.0\",\"languages\":{" + string.Join(',', languages.Select(l =>
            $"\"{l.Code}\":{{\"hash\":\"{l.Hash}\",\"wasm\":\"{l.Code}\",\"page_count\":{l.PageCount}}}")) + "}}";
}
