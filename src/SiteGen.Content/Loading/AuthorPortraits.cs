using SiteGen.Content.Markdown;
using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Content.Loading;

/// <summary>The authors' portraits, looked up among the site's images once those are read; a missing one is an error at its src in authors.yml.</summary>
public static class AuthorPortraits
{
    public static IReadOnlyList<Author> Resolve(IReadOnlyList<Author> authors, string language, MarkdownRenderer markdown, ContentContext context,
        List<Diagnostic> diagnostics)
    {
        if (!authors.Any(a => a.ImageSource is not null)) return authors;
        var pictures = new PictureReader(markdown, context);
        return authors.Select(author => author.ImageSource is not { } source ? author : author with
        {
            Image = pictures.Read(source.Image, source.At.Line, source.At.Column, language, source.At.Path, diagnostics),
        }).ToList();
    }
}
