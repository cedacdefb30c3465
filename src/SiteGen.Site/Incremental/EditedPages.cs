using SiteGen.Content.Loading;
using SiteGen.Content.Markdown;
using SiteGen.Content.Model;
using SiteGen.Documents;
using SiteGen.Pages;
using SiteGen.Pipelines;
using SiteGen.Rules;
using SiteGen.Theme.Rendering;

namespace SiteGen.Incremental;

/// <summary>What the last successful preview build read articles with and made their pages from.</summary>
/// <param name="Reading">The images, base path, raw HTML mode and time zone articles were read with.</param>
/// <param name="Articles">The article pages' site: index, theme, heads and render caches.</param>
internal sealed record ShownSite(ContentContext Reading, MarkdownRenderer Markdown, SiteContext Articles);

/// <summary>
/// Serve's first answer to the most common edits, to an article's text — its body, title,
/// summary, corrections or lastmod: the article is read again and, when nothing that places it
/// among the others changed (address, date, visibility, topics, authors, translation key, events,
/// aliases, images), its own page is rendered from the last build's site with the new text and
/// written at once, since every other input of that page is as the last build had it. The
/// incremental rebuild runs right after and makes the other files the edit touches (lists show
/// titles and summaries, feeds carry bodies); it takes this very parse, so it finds the page
/// already right and does not write it again. At 10,000 articles the page shows in a few
/// milliseconds rather than after the rebuild's 100–200. Any other edit, an article with an
/// error, a link to another content file, or a file that is not a published article shows
/// nothing early: the rebuild does it all.
/// </summary>
internal static class EditedPages
{
    /// <summary>More files than this at once is a checkout, not an editor saving: the rebuild takes them.</summary>
    private const int MostFiles = 4;

    /// <summary>The destinations of the pages written (none when the edits are not all such edits, or changed no byte of a page).</summary>
    public static async Task<IReadOnlyList<string>> ShowAsync(IncrementalState state, string outputFolder, CancellationToken cancellationToken)
    {
        if (state.Shown is not { } shown || state.InputChanges.Peek() is not { Count: > 0 and <= MostFiles } changed) return [];
        var pages = new List<PageRequest>();
        var reads = new List<(string Path, CachedArticle Read)>();
        foreach (var path in changed)
        {
            if (EditorLeftover(state, path)) continue;
            if (Page(state, shown, path) is not { } page) return [];
            pages.Add(page.Request);
            reads.Add((path, page.Read));
        }
        state.ForgetChanges();
        await PageRenderer.RenderAsync(pages, new OutputWriter(outputFolder, new OutputMemory(state)), cancellationToken);
        // The rebuild takes these parses: the same Article objects, so the same page fingerprints.
        foreach (var (path, read) in reads) state.Articles[path] = read;
        return state.FilesChanged.ToList();
    }

    /// <summary>
    /// What an editor makes and drops while saving, which the build never reads: a hidden file (Vim's
    /// .swp, Emacs' .#lock) or a file that came and went (Vim's 4913 test file, a backup~ removed).
    /// </summary>
    private static bool EditorLeftover(IncrementalState state, string path) =>
        Path.GetFileName(path).StartsWith('.')
        || !File.Exists(path) && !Directory.Exists(path) && !state.Articles.ContainsKey(path) && !state.InputDocuments.ContainsKey(path);

    /// <summary>The page of the article at <paramref name="path"/> as it now reads, when nothing that places it among the others changed.</summary>
    private static (PageRequest Request, CachedArticle Read)? Page(IncrementalState state, ShownSite shown, string path)
    {
        if (!state.Articles.TryGetValue(path, out var cached) || cached.Read.Article is not { } before || before.SourceLinks.Count > 0) return null;
        var site = shown.Articles;
        var index = site.Index[cached.Language];
        if (!index.Articles.Any(a => ReferenceEquals(a, before))) return null; // a draft not shown, or an article not yet published
        FileInfo file;
        byte[] bytes;
        try
        {
            // The stamp before the bytes: a write after them changes the stamp, and the rebuild reads the file again.
            file = new FileInfo(path);
            // A file over the limit is an error the rebuild reports: not read into memory here first.
            if (!file.Exists || file.Attributes.HasFlag(FileAttributes.ReparsePoint) || file.Length > SourceText.MaxBytes) return null;
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var found = new List<Diagnostic>();
        var read = new ArticleReader(shown.Markdown).Read(SourcePaths.Display(path), bytes, cached.Language, found, shown.Reading);
        if (read.Article is not { } after || found.Any(d => d.IsError) || after.SourceLinks.Count > 0 || !PlacedAlike(before, after)) return null;

        // Its related articles are the old version's: they depend only on what placed it, which is the same.
        var document = SiteGen.Pages.Kinds.ArticleKind.Page(site, after, index.Related.For(before));
        return (document.Get<PageRequest>(Keys.Page), new CachedArticle(file.Length, file.LastWriteTimeUtc, cached.Language, read, found, shown.Reading.Key));
    }

    /// <summary>
    /// Whether two reads of an article put it in the same places: the same address, date, visibility,
    /// topics, authors, translations, events, aliases and images, each at the same line of its file
    /// (the rules across files report them there). They may differ in their text: body, title,
    /// summary, corrections, lastmod.
    /// </summary>
    internal static bool PlacedAlike(Article before, Article after)
    {
        static Article Place(Article article) => article with
        {
            BodyUtf8 = [], Links = [], HasVideo = false, Title = "", Summary = "", Corrections = [], LastModified = null,
        };
        return PageFingerprint.OfValue(Place(before)) == PageFingerprint.OfValue(Place(after));
    }
}
