using SiteGen.Content.Schema;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Where each piece of raw HTML landed in a rendered body, and where it was written in the
/// Markdown file: what the sanitizer removes is reported at the editor's line and column, and
/// only what the editor wrote is cleaned (the markup Markdown itself makes is the site's own).
/// </summary>
internal sealed class RawHtmlMap(int firstLine)
{
    private readonly List<(int Start, int Length, int Line, int Column)> _pieces = [];

    public bool IsEmpty => _pieces.Count == 0;

    /// <summary>Where the first piece was written.</summary>
    public (int Line, int Column) First => (_pieces[0].Line, _pieces[0].Column);

    /// <param name="line">The line in the Markdown text (0-based), as Markdig counts.</param>
    /// <param name="column">The column in that line (0-based).</param>
    public void Add(int start, int length, int line, int column) => _pieces.Add((start, length, firstLine + line, column + 1));

    /// <summary>The place in the Markdown file of the character at <paramref name="offset"/> of the rendered body; null when Markdown made it.</summary>
    public (int Line, int Column)? SourceOf(int offset)
    {
        int low = 0, high = _pieces.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var piece = _pieces[middle];
            if (offset < piece.Start) high = middle - 1;
            else if (offset >= piece.Start + piece.Length) low = middle + 1;
            else return (piece.Line, piece.Column + offset - piece.Start);
        }
        return null;
    }

    /// <summary>Renders HTML blocks and inline HTML as written (noting where) or, escaped, as text.</summary>
    public void Install(HtmlRenderer renderer, RawHtmlMode mode)
    {
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new BlockRenderer(this, mode));
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.HtmlInlineRenderer>(new InlineRenderer(this, mode));
    }

    private static int Offset(HtmlRenderer renderer) => ((StringWriter)renderer.Writer).GetStringBuilder().Length;

    private sealed class BlockRenderer(RawHtmlMap map, RawHtmlMode mode) : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            var lines = block.Lines;
            if (mode == RawHtmlMode.Escape)
            {
                renderer.EnsureLine();
                renderer.Write("<p>");
                for (var i = 0; i < lines.Count; i++)
                {
                    if (i > 0) renderer.WriteLine();
                    renderer.WriteEscape(lines.Lines[i].Slice.ToString());
                }
                renderer.WriteLine("</p>");
                return;
            }
            renderer.EnsureLine();
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines.Lines[i];
                var text = line.Slice.ToString();
                map.Add(Offset(renderer), text.Length, line.Line, line.Column);
                renderer.Write(text);
                renderer.WriteLine();
            }
        }
    }

    private sealed class InlineRenderer(RawHtmlMap map, RawHtmlMode mode) : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline)
        {
            if (mode == RawHtmlMode.Escape || !renderer.EnableHtmlForInline)
            {
                renderer.WriteEscape(inline.Tag);
                return;
            }
            map.Add(Offset(renderer), inline.Tag.Length, inline.Line, inline.Column);
            renderer.Write(inline.Tag);
        }
    }
}
