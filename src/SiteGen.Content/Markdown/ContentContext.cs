using SiteGen.Content.Model;
using SiteGen.Content.Schema;

namespace SiteGen.Content.Markdown;

/// <summary>
/// What reading a content file needs from the site: where its images are, the base path that
/// site-root links get (<c>/fr/articles/loi/</c> becomes <c>/news/fr/articles/loi/</c>), what to do
/// with raw HTML, and the time zone of dates written without an offset.
/// </summary>
public sealed record ContentContext(IImageCatalog Images, string BasePath = "/", RawHtmlMode RawHtml = RawHtmlMode.Sanitize)
{
    public static readonly ContentContext Default = new(IImageCatalog.Empty);

    /// <summary>The time zone of a date and time written without an offset; UTC unless site.yml says otherwise.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Examples drawn from the site for messages (<see cref="SiteGen.Rules.SiteExamples"/>).</summary>
    public IReadOnlyDictionary<string, string>? Examples { get; init; }

    /// <summary>What, besides the file and its images, a file's parse depends on: a kept parse is good while it is the same.</summary>
    public string Key => $"{BasePath}\0{RawHtml}\0{TimeZone.Id}\0{(Examples is null ? "" : string.Join(",", Examples.Select(e => e.Key + "=" + e.Value)))}";

    /// <summary>
    /// A site-root address with the base path in front; any other address (external, relative,
    /// an anchor, or one already written with the base path) as it is.
    /// </summary>
    public string Rooted(string url)
    {
        if (BasePath == "/" || url.Length == 0 || url[0] != '/' || url.StartsWith("//", StringComparison.Ordinal)) return url;
        if (url.StartsWith(BasePath, StringComparison.Ordinal) || url == BasePath[..^1]) return url;
        return BasePath + url[1..];
    }
}
