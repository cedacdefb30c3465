using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Rules;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Hugo shortcodes (<c>{{&lt; youtube id &gt;}}</c>, <c>{{% note %}}</c>) left in a body are printed as
/// text: each is a warning at its place, saying what to write instead. In code they are text on purpose.
/// </summary>
internal static class Shortcodes
{
    public static void Warn(MarkdownDocument document, string markdown, string path, int firstLine, List<Diagnostic> diagnostics)
    {
        // Most bodies have none: they are not walked.
        if (!markdown.Contains("{{", StringComparison.Ordinal)) return;
        foreach (var paragraph in document.Descendants<LeafBlock>())
        {
            if (paragraph is CodeBlock || paragraph.Inline is null) continue;
            foreach (var literal in paragraph.Inline.Descendants<LiteralInline>())
            {
                var text = literal.Content.AsSpan();
                var at = text.IndexOf("{{<", StringComparison.Ordinal) is var angle and >= 0 ? angle : text.IndexOf("{{%", StringComparison.Ordinal);
                if (at < 0) continue;
                var end = text[at..].IndexOf("}}", StringComparison.Ordinal);
                var written = end < 0 ? text[at..].ToString() : text.Slice(at, end + 2).ToString();
                var name = written.Trim('{', '}', '<', '>', '%', ' ').Split(' ', 2)[0].TrimStart('/');
                diagnostics.Add(DiagnosticKind.HugoShortcode.At(path, firstLine + literal.Line, literal.Column + at + 1,
                    $"The Hugo shortcode {written} is printed as text: SiteGen has no shortcodes. {Instead(name)}"));
            }
        }
    }

    private static string Instead(string name) => name switch
    {
        "youtube" or "vimeo" => "Put the video's link alone in a paragraph (https://www.youtube.com/watch?v=…); it becomes a player that loads on click.",
        "figure" => "Write the image in Markdown: ![what it shows](/assets/images/photo.jpg).",
        "ref" or "relref" => "Link to the article's file: [the article](other-article.md).",
        "highlight" => "Write a fenced code block: ```language … ```.",
        _ => "Write what it stands for in Markdown, or run `sitegen import hugo` on the Hugo site to convert the shortcodes it knows.",
    };
}
