using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Content.Markdown;

/// <summary>
/// The inlines of a parsed document in document order (depth first, a container before what it
/// holds), as Markdig's <c>Descendants&lt;T&gt;()</c> gives them, by plain recursion: Markdig's
/// nested iterators cost a tenth of a large build's CPU between the typography and the link checks.
/// </summary>
internal static class InlineWalk
{
    /// <summary>Every inline of type <typeparamref name="T"/> under <paramref name="root"/>, gathered first, so the caller may change them.</summary>
    public static List<T> All<T>(MarkdownObject root) where T : Inline
    {
        var found = new List<T>();
        Visit(root, found);
        return found;
    }

    private static void Visit<T>(MarkdownObject node, List<T> found) where T : Inline
    {
        switch (node)
        {
            case ContainerBlock blocks:
                foreach (var block in blocks) Visit(block, found);
                break;
            case LeafBlock { Inline: { } inline }:
                Children(inline, found);
                break;
            case ContainerInline inlines:
                Children(inlines, found);
                break;
        }
    }

    private static void Children<T>(ContainerInline container, List<T> found) where T : Inline
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is T match) found.Add(match);
            if (inline is ContainerInline inner) Children(inner, found);
        }
    }
}
