using SiteGen.Content.Markdown;
using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Content.Loading;

/// <summary>
/// Gives each link to a content file (<c>[la loi](loi.md)</c>) the address of the page that file
/// makes, once every file is read: relative to the linking file, or from the input folder's root
/// (<c>/fr/articles/loi.md</c>). A file that is no page of this build is an error at the link.
/// </summary>
public sealed class SourceLinkResolver
{
    private readonly string _inputRoot;
    private readonly string _basePath;
    private readonly Dictionary<string, (string Url, bool Published)> _pages = new(StringComparer.Ordinal);

    public SourceLinkResolver(string inputFolder, SiteSettings site, IEnumerable<Article> read, IReadOnlySet<Article> published, IEnumerable<StaticPage> pages)
    {
        _inputRoot = Path.GetFullPath(inputFolder);
        _basePath = site.BasePath;
        foreach (var article in read) _pages[Path.GetFullPath(article.SourcePath)] = (SiteUrls.ArticleOf(site, article), published.Contains(article));
        foreach (var page in pages) _pages[Path.GetFullPath(page.SourcePath)] = (SiteUrls.PageOf(site, page), true);
    }

    public Article Resolve(Article article, List<Diagnostic> diagnostics) =>
        article.SourceLinks.Count == 0 || Addresses(article.SourcePath, article.SourceLinks, diagnostics) is not { } resolved ? article
            : article with { BodyUtf8 = Replace(article.BodyUtf8, resolved), Links = Relink(article.Links, resolved) };

    public StaticPage Resolve(StaticPage page, List<Diagnostic> diagnostics) =>
        page.SourceLinks.Count == 0 || Addresses(page.SourcePath, page.SourceLinks, diagnostics) is not { } resolved ? page
            : page with { BodyUtf8 = Replace(page.BodyUtf8, resolved), Links = Relink(page.Links, resolved) };

    private List<(SourceLink Link, string Url)>? Addresses(string from, IReadOnlyList<SourceLink> links, List<Diagnostic> diagnostics)
    {
        var resolved = new List<(SourceLink, string)>(links.Count);
        var failed = false;
        foreach (var link in links)
        {
            var target = Target(from, link.Written);
            if (target is not null && _pages.TryGetValue(target, out var page) && page.Published)
            {
                resolved.Add((link, page.Url));
                continue;
            }
            failed = true;
            var at = link.Location;
            var shown = target is null ? link.Written : Path.GetRelativePath(Path.GetDirectoryName(_inputRoot)!, target).Replace('\\', '/');
            diagnostics.Add(DiagnosticKind.UnknownSourceLink.At(at.Path, at.Line, at.Column, target is not null && _pages.ContainsKey(target)
                ? $"'{link.Written}' is {shown}, which this build does not publish (a draft, not yet published or expired); link to it once it is published."
                : $"'{link.Written}' leads to {shown}, which is no article or page of the site{Nearest(target)}"));
        }
        return failed ? null : resolved;
    }

    /// <summary>The full path of the file a link names; null when it leaves the input folder.</summary>
    private string? Target(string from, string written)
    {
        var path = written.Replace('\\', '/');
        if (path.StartsWith(_basePath, StringComparison.Ordinal) && _basePath != "/") path = "/" + path[_basePath.Length..];
        var full = path.StartsWith('/')
            ? Path.GetFullPath(Path.Combine(_inputRoot, path.TrimStart('/')))
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(from))!, path));
        return full.StartsWith(_inputRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private string Nearest(string? target)
    {
        if (target is null) return "; link to a file under input/, relative to this one (other-article.md) or from input/ (/fr/articles/other-article.md).";
        var folder = Path.GetDirectoryName(target)!;
        var names = _pages.Keys.Where(p => Path.GetDirectoryName(p) == folder).Select(Path.GetFileName).OfType<string>().ToList();
        var nearest = KeySuggestion.Nearest(Path.GetFileName(target), names);
        return nearest is null ? "; check the file's name and folder." : $"; did you mean '{nearest}'?";
    }

    private static byte[] Replace(byte[] body, List<(SourceLink Link, string Url)> resolved) =>
        System.Text.Encoding.UTF8.GetBytes(SourceLink.Replace(System.Text.Encoding.UTF8.GetString(body), resolved));

    private static List<BodyLink> Relink(IReadOnlyList<BodyLink> links, List<(SourceLink Link, string Url)> resolved)
    {
        var urls = resolved.ToDictionary(r => r.Link.Placeholder, r => r.Url + r.Link.Fragment, StringComparer.Ordinal);
        return links.Select(l => urls.TryGetValue(l.Url, out var url) ? l with { Url = url } : l).ToList();
    }
}
