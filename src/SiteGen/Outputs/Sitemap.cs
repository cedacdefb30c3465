using System.Text;
using System.Xml;
using SiteGen.Theme.Rendering;

namespace SiteGen.Outputs;

/// <summary>sitemap.xml: every page, with its hreflang alternates (x-default included) as xhtml:link.</summary>
internal static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static string Write(IEnumerable<PageHead> pages, string rootUrl)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(new Utf8StringWriter(builder), settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            writer.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            Url(writer, rootUrl, null, []);
            foreach (var page in pages.OrderBy(p => p.CanonicalUrl, StringComparer.Ordinal))
                Url(writer, page.CanonicalUrl, page.Modified, page.Alternates);
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return builder.Append('\n').ToString();
    }

    private static void Url(XmlWriter writer, string location, DateTimeOffset? modified, IReadOnlyList<Alternate> alternates)
    {
        writer.WriteStartElement("url", Namespace);
        writer.WriteElementString("loc", Namespace, location);
        if (modified is { } date) writer.WriteElementString("lastmod", Namespace, StructuredData.Iso(date));
        foreach (var alternate in alternates)
        {
            writer.WriteStartElement("xhtml", "link", Xhtml);
            writer.WriteAttributeString("rel", "alternate");
            writer.WriteAttributeString("hreflang", alternate.HrefLang);
            writer.WriteAttributeString("href", alternate.Href);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }
}
