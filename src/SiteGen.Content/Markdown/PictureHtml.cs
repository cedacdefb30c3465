using System.Text;
using SiteGen.Content.Model;

namespace SiteGen.Content.Markdown;

/// <summary>Where an image is shown, which decides how it loads and how wide the browser should expect it.</summary>
public enum PictureRole
{
    /// <summary>An article's or page's lead image: loaded first, at once.</summary>
    Lead,

    /// <summary>An image in a body: loaded lazily.</summary>
    Inline,

    /// <summary>A small image beside a headline in a list.</summary>
    Thumbnail,

    /// <summary>The site's logo on the masthead, beside its name: loaded at once, small.</summary>
    Logo,
}

/// <summary>
/// The markup of an image, the same for Markdown bodies and theme components: a &lt;picture&gt;
/// with WebP files and the original format as fallback, every width in srcset, and width and
/// height on the &lt;img&gt; so the page does not shift while it loads. GIF and SVG are one &lt;img&gt;.
/// </summary>
public static class PictureHtml
{
    /// <summary>The column of text is at most 40rem wide (the theme's --measure, 42rem, less its padding).</summary>
    private const string ColumnSizes = "(min-width: 42rem) 40rem, 100vw";
    private const string ThumbnailSizes = "8rem";
    private const string LogoSizes = "2rem";

    public static string Of(ImageInfo image, string alt, PictureRole role)
    {
        var html = new StringBuilder(512);
        Write(html, image, alt, role);
        return html.ToString();
    }

    public static void Write(StringBuilder html, ImageInfo image, string alt, PictureRole role)
    {
        var widths = image.Widths;
        var largest = widths[^1];
        var loading = role switch
        {
            PictureRole.Lead => " fetchpriority=\"high\"",
            PictureRole.Logo => "",
            _ => " loading=\"lazy\" decoding=\"async\"",
        };
        var size = $" width=\"{largest}\" height=\"{image.HeightAt(largest)}\"";
        var altText = $" alt=\"{Escape(alt)}\"";
        if (!image.Responsive)
        {
            html.Append("<img src=\"").Append(Attribute(image.Url)).Append('"').Append(Size(image)).Append(altText).Append(loading).Append('>');
            return;
        }
        var sizes = role switch { PictureRole.Thumbnail => ThumbnailSizes, PictureRole.Logo => LogoSizes, _ => ColumnSizes };
        var fallback = role is PictureRole.Thumbnail or PictureRole.Logo ? widths[0] : image.WidthAtMost(800);
        html.Append("<picture><source type=\"image/webp\" srcset=\"");
        SourceSet(html, image, "webp");
        html.Append("\" sizes=\"").Append(sizes).Append("\"><img src=\"").Append(Attribute(image.VariantUrl(fallback, image.FallbackExtension)))
            .Append("\" srcset=\"");
        SourceSet(html, image, image.FallbackExtension);
        html.Append("\" sizes=\"").Append(sizes).Append('"').Append(size).Append(altText).Append(loading).Append("></picture>");
    }

    private static string Size(ImageInfo image) => $" width=\"{image.Width}\" height=\"{image.Height}\"";

    private static void SourceSet(StringBuilder html, ImageInfo image, string extension)
    {
        var first = true;
        foreach (var width in image.Widths)
        {
            if (!first) html.Append(", ");
            first = false;
            html.Append(Attribute(image.VariantUrl(width, extension))).Append(' ').Append(width).Append('w');
        }
    }

    /// <summary>An address in an attribute: spaces and commas escaped, since srcset splits on them.</summary>
    private static string Attribute(string url) =>
        Escape(url.Replace(" ", "%20", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal));

    /// <summary>Text in a double-quoted attribute: the four characters that could end it or start markup.</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
