namespace SiteGen.Search;

/// <summary>
/// The files of Pagefind that the pages load: its search scripts, styles and the WebAssembly of each language. Pagefind
/// writes them with any index; it is run once over a site of one short page per language, and everything but that
/// site's index is copied into the bundle.
/// </summary>
internal static class PagefindAssets
{
    /// <summary>How the run went, and the entry Pagefind wrote (its version, WebAssembly names and word characters).</summary>
    public sealed record Written(SearchIndexing Indexing, string? Entry);

    /// <param name="run">Runs Pagefind with these arguments.</param>
    public static async Task<Written> WriteAsync(string bundle, IReadOnlyList<string> languages,
        Func<IEnumerable<string>, CancellationToken, Task<SearchIndexing>> run, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("sitegen-pagefind-").FullName;
        try
        {
            var site = Path.Combine(work, "site");
            var codes = languages.Count > 0 ? languages : ["unknown"];
            for (var i = 0; i < codes.Count; i++)
            {
                var folder = Directory.CreateDirectory(Path.Combine(site, $"page-{i}")).FullName;
                await File.WriteAllTextAsync(Path.Combine(folder, "index.html"),
                    $"<!doctype html><html lang=\"{System.Net.WebUtility.HtmlEncode(codes[i])}\"><head><title>SiteGen</title></head><body><main data-pagefind-body><p>SiteGen</p></main></body></html>",
                    cancellationToken);
            }
            var output = Path.Combine(work, "bundle");
            var indexing = await run(["--site", site, "--output-path", output, "--quiet"], cancellationToken);
            if (!indexing.Indexed) return new Written(indexing, null);
            Directory.CreateDirectory(bundle);
            foreach (var file in Directory.EnumerateFiles(output))
            {
                var name = Path.GetFileName(file);
                if (name == PagefindEntry.FileName || name.EndsWith(".pf_meta", StringComparison.Ordinal)) continue;
                File.Copy(file, Path.Combine(bundle, name), overwrite: true);
            }
            return new Written(indexing, await File.ReadAllTextAsync(Path.Combine(output, PagefindEntry.FileName), cancellationToken));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
