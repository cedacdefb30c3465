using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Content.Markdown;

/// <summary>Applies <see cref="Typography"/> of a language to the text of a parsed document.</summary>
public sealed class TypographyExtension(string language) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Apply;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private void Apply(MarkdownDocument document)
    {
        foreach (var container in InlineWalk.All<ContainerInline>(document))
        {
            MergeAdjacentLiterals(container);
        }
        foreach (var literal in InlineWalk.All<LiteralInline>(document))
        {
            if (literal.Parent is LinkInline { IsAutoLink: true }) continue;
            if (!Typography.MayApply(literal.Content.AsSpan())) continue;
            var text = literal.Content.ToString();
            var result = Typography.Apply(text, language, literal.PreviousSibling is not null);
            if (!ReferenceEquals(result, text) && result != text) literal.Content = new StringSlice(result);
        }
    }

    /// <summary>The parser splits text at characters that may start an inline ("!", "["); join them back.</summary>
    private static void MergeAdjacentLiterals(ContainerInline container)
    {
        var inline = container.FirstChild;
        while (inline is not null)
        {
            if (inline is LiteralInline literal && literal.NextSibling is LiteralInline next
                && (Typography.MayApply(literal.Content.AsSpan()) || Typography.MayApply(next.Content.AsSpan())))
            {
                literal.Content = new StringSlice(literal.Content.ToString() + next.Content.ToString());
                next.Remove();
                continue;
            }
            inline = inline.NextSibling;
        }
    }
}
