using SiteGen.Content.Model;
using SiteGen.Theme.Rendering;

namespace SiteGen.Building;

/// <summary>What an article page was last made from: its file, its head and its related articles.</summary>
internal sealed record ArticlePage(string Destination, PageHead Head, IReadOnlyList<Article> Related);

/// <summary>
/// The article pages of the preview as serve mode last made them, by article. An article kept from
/// one build to the next (its file did not change) whose related articles are the same list and
/// whose translations did not change has the same page: no document is made for it at all, so an
/// edit costs the pages it touches rather than a pass over every article of the site.
/// </summary>
internal sealed class ArticlePages
{
    private readonly Dictionary<Article, ArticlePage> _pages = new(ReferenceEqualityComparer.Instance);

    /// <summary>The settings the pages were made with; other settings make every page again.</summary>
    public string? SettingsVersion { get; private set; }

    public IEnumerable<PageHead> Heads => _pages.Values.Select(p => p.Head);

    public bool TryGet(Article article, out ArticlePage page) => _pages.TryGetValue(article, out page!);

    public void Record(Article article, ArticlePage page) => _pages[article] = page;

    /// <summary>Forgets an article that is gone, giving the file its page had.</summary>
    public string? Forget(Article article) => _pages.Remove(article, out var page) ? page.Destination : null;

    /// <summary>Forgets every page, to make them all again with <paramref name="settingsVersion"/>.</summary>
    public void Reset(string settingsVersion)
    {
        _pages.Clear();
        SettingsVersion = settingsVersion;
    }

    /// <summary>After a failed build, whose pages may not all have been written: the next build makes every page.</summary>
    public void Invalidate() => SettingsVersion = null;
}
