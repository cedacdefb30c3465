using SiteGen.Content.Markdown;
using SiteGen.Content.Model;
using SiteGen.Content.Schema;
using SiteGen.Rules;
using SiteGen.Rules.Yaml;

namespace SiteGen.Content.Loading;

/// <summary>
/// Turns an <c>image:</c> of the front matter into a <see cref="Picture"/>: the file looked up in
/// the site's images, its caption rendered as inline Markdown; a missing, unreadable or too large
/// file, or an address outside /assets/, is an error at the line and column of its <c>src</c>.
/// (A missing text alternative is <see cref="ArticleRules.CheckImage"/>'s, shared with the compiler.)
/// </summary>
internal sealed class PictureReader(MarkdownRenderer markdown, ContentContext context)
{
    /// <param name="parent">The YAML mapping holding <c>image:</c>, for the place of its <c>src</c>.</param>
    public Picture? Read(ImageFrontMatter? image, YamlMapping? parent, string language, string path, List<Diagnostic> diagnostics)
    {
        if (image is null) return null;
        var (line, column) = SourcePlace(parent);
        return Read(image, line, column, language, path, diagnostics);
    }

    /// <summary>An image whose <c>src</c> is at <paramref name="line"/> and <paramref name="column"/> of <paramref name="path"/>.</summary>
    public Picture? Read(ImageFrontMatter image, int line, int column, string language, string path, List<Diagnostic> diagnostics)
    {
        var src = image.Src.Trim();
        var lookup = context.Images.Find(src) ?? new ImageLookup(null, DiagnosticKind.ImageOutsideAssets,
            $"The image '{src}' is not a file of the site; put it under input/assets/ and write its address from there, for example src: /assets/images/{FileName(src)}.");
        if (lookup.Image is not { } info)
        {
            diagnostics.Add(lookup.Kind!.At(path, line, column, lookup.Problem!));
            return null;
        }
        var alt = image.Decorative ? "" : Typography.Apply(image.Alt?.Trim() ?? "", language);
        var caption = image.Caption is { } text ? markdown.RenderInline(text, language, path, line, diagnostics, context) : null;
        var credit = image.Credit is { } by ? Typography.Apply(by.Trim(), language) : null;
        return new Picture(info, alt, caption, credit);
    }

    private static (int Line, int Column) SourcePlace(YamlMapping? parent)
    {
        if (parent is null || ArticleRules.Value(parent, "image") is not YamlMapping image) return (1, 1);
        YamlNode at = ArticleRules.Scalar(image, "src") is { } src ? src : image;
        return (at.Line, at.Column);
    }

    private static string FileName(string src)
    {
        var name = src.Split('/', '\\').LastOrDefault(p => p.Length > 0) ?? "image.jpg";
        return Slugs.Problem(Path.GetFileNameWithoutExtension(name)) is null ? name : "image.jpg";
    }
}
