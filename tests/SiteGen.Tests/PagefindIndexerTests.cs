using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Tests;

/// <summary>Pagefind is given only the folders of the pages the site marks for search.</summary>
public class PagefindIndexerTests
{
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

            var indexing = await PagefindIndexer.IndexAsync(site, new ToolLocation(TestSite.RepositoryRoot, Environment.GetEnvironmentVariable("PATH") ?? ""),
                CancellationToken.None, ["fr/articles", "fr/actualites"]);

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
