using System.Text;
using System.Xml;
using SiteGen.Content.Model;

namespace SiteGen.Outputs;

/// <summary>
/// news-sitemap.xml in Google's News sitemap format: the articles published in the
/// <see cref="Window"/> before the build, newest first, at most <see cref="Limit"/>, each with its
/// publication (the language's site title and code), publication date and title. Empty when
/// nothing is that recent; the publishing workflow's schedule keeps it fresh.
/// </summary>
internal static class NewsSitemap
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(48);
    public const int Limit = 1000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string News = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>The articles it lists, for a build at <paramref name="now"/>.</summary>
    public static IReadOnlyList<Article> Articles(SiteContent content, DateTimeOffset now) =>
        content.AllArticles.Where(a => Published(a) <= now && Published(a) > now - Window)
            .OrderByDescending(Published).ThenBy(a => a.Language, StringComparer.Ordinal).ThenBy(a => a.Slug, StringComparer.Ordinal)
            .Take(Limit).ToList();

    /// <summary>When readers could first read it: its publishDate when it has one, else its date.</summary>
    private static DateTimeOffset Published(Article article) => article.PublishDate is { } publish && publish > article.Date ? publish : article.Date;

    public static string Write(IReadOnlyList<Article> articles, SiteContent content)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, OmitXmlDeclaration = false }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            writer.WriteAttributeString("xmlns", "news", null, News);
            foreach (var article in articles)
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, content.Urls.Absolute(content.Urls.Article(article)));
                writer.WriteStartElement("news", "news", News);
                writer.WriteStartElement("news", "publication", News);
                writer.WriteElementString("news", "name", News, content.Site[article.Language].Title);
                writer.WriteElementString("news", "language", News, article.Language);
                writer.WriteEndElement();
                writer.WriteElementString("news", "publication_date", News, StructuredData.Iso(Published(article)));
                writer.WriteElementString("news", "title", News, article.Title);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    /// <summary>sitemap-index.xml: the regular sitemap and the news sitemap.</summary>
    public static string Index(SiteContent content)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"").Append(Namespace).Append("\">\n");
        foreach (var file in new[] { "sitemap.xml", "news-sitemap.xml" })
            text.Append("  <sitemap>\n    <loc>").Append(content.Urls.Absolute(content.Urls.Root + file)).Append("</loc>\n  </sitemap>\n");
        return text.Append("</sitemapindex>\n").ToString();
    }
}
