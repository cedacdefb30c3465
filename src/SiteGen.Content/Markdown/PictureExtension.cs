using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content.Model;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Renders a Markdown image found in the site's images (<c>![alt](/assets/images/a.jpg)</c>) as
/// <see cref="PictureHtml"/> does: resized files, width and height, lazy loading. The image was
/// looked up and attached to its inline before rendering (<see cref="Attach"/>); any other image
/// is rendered as Markdig renders it.
/// </summary>
internal sealed class PictureExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var links = html.ObjectRenderers.FindExact<LinkInlineRenderer>();
        if (links is not null) html.ObjectRenderers.Replace<LinkInlineRenderer>(new PictureRenderer());
    }

    public static void Attach(LinkInline image, ImageInfo info) => image.SetData(typeof(ImageInfo), info);

    private sealed class PictureRenderer : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (!link.IsImage || link.GetData(typeof(ImageInfo)) is not ImageInfo image || !renderer.EnableHtmlForInline)
            {
                base.Write(renderer, link);
                return;
            }
            renderer.Write(PictureHtml.Of(image, AltText(link), PictureRole.Inline));
        }

        private static string AltText(LinkInline link)
        {
            var text = new System.Text.StringBuilder();
            foreach (var child in link.Descendants())
            {
                switch (child)
                {
                    case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                    case CodeInline code: text.Append(code.Content); break;
                    case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                }
            }
            return text.ToString().Trim();
        }
    }
}
