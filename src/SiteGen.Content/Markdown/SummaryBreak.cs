using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Content.Markdown;

/// <summary>
/// <c>&lt;!--more--&gt;</c>, the summary separator of Hugo and WordPress: what comes before it is the
/// summary; the marker itself is never shown.
/// </summary>
internal static class SummaryBreak
{
    /// <summary>Removes the first marker and returns the blocks before it; null when the body has none.</summary>
    public static (List<ParagraphBlock> Before, Inline? StopAt)? Take(MarkdownDocument document, string markdown)
    {
        if (!markdown.Contains("<!--", StringComparison.Ordinal)) return null;
        var before = new List<ParagraphBlock>();
        foreach (var block in document.ToList())
        {
            if (block is HtmlBlock html && IsMarker(html.Lines.ToString()))
            {
                document.Remove(html);
                return (before, null);
            }
            if (block is not ParagraphBlock paragraph) continue;
            if (paragraph.Inline?.Descendants<HtmlInline>().FirstOrDefault(i => IsMarker(i.Tag)) is { } marker)
            {
                var stop = marker.NextSibling;
                marker.Remove();
                before.Add(paragraph);
                return (before, stop ?? (Inline)new LiteralInline(""));
            }
            before.Add(paragraph);
        }
        return null;
    }

    private static bool IsMarker(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 7 || !trimmed.StartsWith("<!--", StringComparison.Ordinal) || !trimmed.EndsWith("-->", StringComparison.Ordinal)) return false;
        return trimmed[4..^3].Trim().Equals("more", StringComparison.OrdinalIgnoreCase);
    }
}
