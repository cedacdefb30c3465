using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using SiteGen.Theme.Rendering;

namespace SiteGen.Outputs;

/// <summary>sitemap.xml: every page, with its hreflang alternates (x-default included) as xhtml:link.</summary>
internal static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>
    /// The sitemap in UTF-8, pages in the order of their addresses, made from each page's
    /// &lt;url&gt; element as written before when it was (kept per head in the render cache,
    /// so a date that changes makes one element again, not eleven thousand).
    /// </summary>
    /// <param name="rootAlternates">The language chooser's cluster: each language's home, and itself as x-default.</param>
    public static void Write(System.Buffers.IBufferWriter<byte> output, IReadOnlyList<PageHead> pages, string rootUrl, ConditionalWeakTable<PageHead, byte[]> elements,
        IReadOnlyList<Alternate>? rootAlternates = null)
    {
        var root = Element(rootUrl, null, rootAlternates ?? [], out var before, out var after);
        var sorted = pages.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.CanonicalUrl, b.CanonicalUrl));
        System.Text.EncodingExtensions.GetBytes(Utf8, (before + root).AsSpan(), output);
        foreach (var page in sorted)
            output.Write(elements.GetValue(page, p => Utf8.GetBytes(Element(p.CanonicalUrl, p.Modified, p.Alternates, out _, out _))));
        System.Text.EncodingExtensions.GetBytes(Utf8, (after + "\n").AsSpan(), output);
    }

    /// <summary>One &lt;url&gt; element, cut out of a sitemap that has only it, with what comes before and after it.</summary>
    private static string Element(string location, DateTimeOffset? modified, IReadOnlyList<Alternate> alternates, out string before, out string after)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(builder), Settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            writer.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            Url(writer, location, modified, alternates);
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        var text = builder.ToString();
        var start = text.IndexOf("<url>", StringComparison.Ordinal);
        start = text.LastIndexOf('>', start - 1) + 1;
        var end = text.LastIndexOf("</url>", StringComparison.Ordinal) + "</url>".Length;
        before = text[..start];
        after = text[end..];
        return text[start..end];
    }

    private static readonly UTF8Encoding Utf8 = new(false);
    private static readonly XmlWriterSettings Settings = new() { Indent = true, Encoding = Utf8 };

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
