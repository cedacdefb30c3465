using System.Buffers;
using System.Text;
using System.Xml;
using SiteGen.Content.Model;

namespace SiteGen.Outputs;

/// <summary>
/// An Atom 1.0 feed of the newest articles: full content, ids that are the articles' permanent
/// URLs, and an <c>updated</c> taken from the content (never the build's clock), so two builds of
/// the same input give the same bytes.
/// </summary>
internal static class AtomFeed
{
    public const int Entries = 20;
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Writes the feed's UTF-8 bytes into <paramref name="output"/>, by the XML writer straight into them (no UTF-16 text in between).</summary>
    public static void Write(System.Buffers.IBufferWriter<byte> output, string title, string subtitle, string language, string selfUrl, string alternateUrl,
        IReadOnlyList<Article> newestFirst, SiteContent content)
    {
        var entries = newestFirst.Take(Entries).ToList();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var writer = XmlWriter.Create(new BufferWriterStream(output), settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", Atom);
            writer.WriteAttributeString("xml", "lang", null, language);
            writer.WriteElementString("id", Atom, content.Urls.Absolute(selfUrl));
            writer.WriteElementString("title", Atom, title);
            if (subtitle.Length > 0) writer.WriteElementString("subtitle", Atom, subtitle);
            writer.WriteElementString("updated", Atom, StructuredData.Iso(Updated(entries)));
            Link(writer, "self", content.Urls.Absolute(selfUrl), "application/atom+xml");
            Link(writer, "alternate", content.Urls.Absolute(alternateUrl), "text/html");
            writer.WriteStartElement("author", Atom);
            writer.WriteElementString("name", Atom, content.Site[language].Title);
            writer.WriteEndElement();
            writer.WriteElementString("generator", Atom, "SiteGen");
            foreach (var article in entries) Entry(writer, article, content);
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        output.Write("\n"u8);
    }

    private static string TypeOf(ImageInfo image) => image.Format == ImageFormat.Svg ? "image/svg+xml" : "image/gif";

    private static void Entry(XmlWriter writer, Article article, SiteContent content)
    {
        var url = content.Urls.Absolute(content.Urls.Article(article));
        writer.WriteStartElement("entry", Atom);
        writer.WriteElementString("id", Atom, url);
        writer.WriteElementString("title", Atom, article.Title);
        writer.WriteElementString("published", Atom, StructuredData.Iso(article.Date));
        writer.WriteElementString("updated", Atom, StructuredData.Iso(article.Modified));
        Link(writer, "alternate", url, "text/html");
        if (article.Image?.Image is { } image) Link(writer, "enclosure", content.Urls.Absolute(image.CardUrl), image.Responsive ? image.FallbackType : TypeOf(image));
        foreach (var byline in content.BylinesOf(article))
        {
            writer.WriteStartElement("author", Atom);
            writer.WriteElementString("name", Atom, byline.Name);
            if (byline.Author is { } author) writer.WriteElementString("uri", Atom, content.Urls.Absolute(content.Urls.Author(article.Language, author.Id)));
            writer.WriteEndElement();
        }
        foreach (var topic in article.Topics)
        {
            writer.WriteStartElement("category", Atom);
            writer.WriteAttributeString("term", topic);
            writer.WriteAttributeString("label", content.Topic(topic).In(article.Language).Name);
            writer.WriteEndElement();
        }
        writer.WriteStartElement("summary", Atom);
        writer.WriteString(article.Summary);
        writer.WriteEndElement();
        writer.WriteStartElement("content", Atom);
        writer.WriteAttributeString("type", "html");
        writer.WriteAttributeString("xml", "base", null, url);
        writer.WriteString(article.BodyHtml);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string rel, string href, string type)
    {
        writer.WriteStartElement("link", Atom);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    /// <summary>The newest change among the entries; a feed with none says 1970, a fixed date, rather than the clock.</summary>
    private static DateTimeOffset Updated(IReadOnlyList<Article> entries) =>
        entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(a => a.Modified);
}
