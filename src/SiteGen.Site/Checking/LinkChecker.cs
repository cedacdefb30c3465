using SiteGen.Rules;
using System.Collections.Concurrent;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SiteGen.Content.Model;
using SiteGen.Pipeline;

namespace SiteGen.Checking;

/// <summary>What the link checker found: located problems, and the external links it did not fetch.</summary>
public sealed record LinkReport(IReadOnlyList<Diagnostic> Problems, IReadOnlyDictionary<string, int> ExternalHosts, int ExternalLinks, int CheckedLinks)
{
    /// <summary>Links that work but could be better: to an old address (an alias) rather than its page.</summary>
    public IReadOnlyList<Diagnostic> Notes { get; init; } = [];
}

/// <summary>
/// Checks every internal link, anchor and asset reference of a built site: href, src and srcset
/// in the pages, and the links of feeds and the sitemap. A broken link an editor wrote is reported
/// at its line and column in the Markdown file; one the theme wrote, in the output file.
/// External links are counted per host, never fetched.
/// </summary>
public static class LinkChecker
{
    public const string BrokenLinkId = "SG0401", MissingAnchorId = "SG0402", AliasLinkId = "SG0403";

    /// <param name="searchIndexed">Whether Pagefind wrote its bundle; when it did not, links into it are not checked.</param>
    public static LinkReport Check(string outputFolder, SiteContent content, bool searchIndexed = false)
    {
        var map = new SiteMap(outputFolder, content.Site.BaseUrl);
        var searchBundle = new Uri(content.Site.BaseUrl, content.Urls.SearchBundle).AbsolutePath;
        var articlesByFile = content.AllArticles.ToDictionary(a => map.FileOf(new Uri(content.Site.BaseUrl, content.Urls.Article(a)))!);
        var files = Directory.GetFiles(map.OutputFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var ids = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var references = new ConcurrentBag<Reference>();
        Parallel.ForEach(files, file =>
        {
            if (file.EndsWith(".html", StringComparison.Ordinal)) ReadPage(file, ids, references);
            else if (file.EndsWith(".xml", StringComparison.Ordinal)) ReadXml(file, references);
        });

        var problems = new List<Diagnostic>();
        var notes = new List<Diagnostic>();
        var redirects = content.Redirects.ToDictionary(r => r.From, StringComparer.Ordinal);
        var nearest = new Lazy<NearestPage>(() => new NearestPage(files.Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Where(f => !redirects.ContainsKey(map.UrlOf(f).AbsolutePath))
            .Select(f => map.UrlOf(f).AbsolutePath)));
        var external = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var externalCount = 0;
        var checkedCount = 0;
        foreach (var reference in references.OrderBy(r => r.From, StringComparer.Ordinal).ThenBy(r => r.Order))
        {
            if (!Uri.TryCreate(map.UrlOf(reference.From), reference.Href, out var url)) continue;
            if (url.Scheme is not ("http" or "https")) continue; // mailto:, tel:
            var target = map.FileOf(url);
            if (target is null)
            {
                if (map.IsOnSiteHost(url)) target = "";
                else
                {
                    externalCount++;
                    external[url.Host] = external.GetValueOrDefault(url.Host) + 1;
                    continue;
                }
            }
            if (!searchIndexed && url.AbsolutePath.StartsWith(searchBundle, StringComparison.Ordinal)) continue;
            checkedCount++;
            if (target.Length == 0 || !File.Exists(target))
            {
                var near = nearest.Value.For(url.AbsolutePath);
                problems.Add(Problem(reference, articlesByFile, BrokenLinkId, $"'{reference.Href}' leads to no page or file of the site ({url.AbsolutePath}); " + (near is null
                    ? "correct the address or remove the link."
                    : $"did you mean {near}? Link to it (or to its Markdown file), or keep the old address for it with aliases: [{OldPath(url.AbsolutePath, content)}] in its front matter.")));
                continue;
            }
            if (redirects.TryGetValue(url.AbsolutePath, out var redirect))
                notes.Add(Problem(reference, articlesByFile, AliasLinkId,
                    $"'{reference.Href}' is an old address of {redirect.To}; it works through a redirect, but linking to {redirect.To} saves readers the detour.", Severity.Warning));
            var fragment = url.Fragment.TrimStart('#');
            if (fragment.Length > 0 && target.EndsWith(".html", StringComparison.Ordinal)
                && !(ids.TryGetValue(target, out var targetIds) && targetIds.Contains(Uri.UnescapeDataString(fragment))))
            {
                problems.Add(Problem(reference, articlesByFile, MissingAnchorId,
                    $"'{reference.Href}' points at '#{fragment}', which {Path.GetRelativePath(map.OutputFolder, target)} does not have; link to a heading id that exists."));
            }
        }
        return new LinkReport(problems, external, externalCount, checkedCount) { Notes = notes };
    }

    /// <summary>A path as an alias is written: from the site's root, without the base path.</summary>
    private static string OldPath(string path, SiteContent content) =>
        path.StartsWith(content.Site.BasePath, StringComparison.Ordinal) ? "/" + path[content.Site.BasePath.Length..] : path;

    private static Diagnostic Problem(Reference reference, Dictionary<string, Article> articles, string id, string message, Severity severity = Severity.Error)
    {
        // An editor's link is reported where the editor wrote it.
        if (articles.TryGetValue(reference.From, out var article)
            && article.Links.FirstOrDefault(l => l.Url == reference.Href) is { } written)
            return new Diagnostic(id, severity, message, written.Location);
        return new Diagnostic(id, severity, message, new SourceLocation(reference.From, reference.Line, reference.Column));
    }

    private static void ReadPage(string file, ConcurrentDictionary<string, HashSet<string>> ids, ConcurrentBag<Reference> references)
    {
        using var stream = File.OpenRead(file);
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(stream);
        ids[file] = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var order = 0;
        foreach (var element in document.QuerySelectorAll("a[href], link[href], img[src], script[src], source[src], img[srcset], source[srcset]"))
        {
            var line = element.SourceReference?.Position.Line ?? 0;
            var column = element.SourceReference?.Position.Column ?? 0;
            foreach (var attribute in new[] { "href", "src" })
                if (element.GetAttribute(attribute) is { Length: > 0 } value)
                    references.Add(new Reference(file, value, line, column, order++));
            if (element.GetAttribute("srcset") is { Length: > 0 } srcset)
                foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    references.Add(new Reference(file, candidate.Split(' ', 2)[0], line, column, order++));
        }
    }

    private static void ReadXml(string file, ConcurrentBag<Reference> references)
    {
        var document = XDocument.Load(file, LoadOptions.SetLineInfo);
        var order = 0;
        foreach (var element in document.Descendants())
        {
            var value = element.Name.LocalName switch
            {
                "link" => (string?)element.Attribute("href"),
                "loc" => element.Value,
                _ => null,
            };
            if (value is null) continue;
            var info = (System.Xml.IXmlLineInfo)element;
            references.Add(new Reference(file, value, info.LineNumber, info.LinePosition, order++));
        }
    }

    private sealed record Reference(string From, string Href, int Line, int Column, int Order);
}
