using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Content.Markdown;

/// <summary>A YouTube or Vimeo video: the page to watch it on, and the player from its privacy-preserving address.</summary>
public sealed record Video(string Host, string WatchUrl, string PlayerUrl);

/// <summary>
/// A YouTube or Vimeo link alone in a paragraph (a bare address, <c>&lt;address&gt;</c> or
/// <c>[title](address)</c>) becomes a click-to-load player: a static box with the title and a
/// plain link, so the page asks nothing of the video host until the reader clicks; then the
/// theme's script puts in the player from youtube-nocookie.com or player.vimeo.com (with Do Not
/// Track), the only frames the site's content security policy allows. Without JavaScript it is a link.
/// </summary>
internal static partial class VideoEmbeds
{
    [GeneratedRegex(@"^https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?(?:[^#]*&)?v=|shorts/|embed/|live/)|youtu\.be/)(?<id>[A-Za-z0-9_-]{11})(?<rest>[^\s]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex YouTube();

    [GeneratedRegex(@"^https?://(?:www\.)?vimeo\.com/(?<id>[0-9]{5,12})/?(?:[?#][^\s]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Vimeo();

    [GeneratedRegex(@"[?&#]t=(?:(?<h>[0-9]+)h)?(?:(?<m>[0-9]+)m)?(?:(?<s>[0-9]+)s?)?", RegexOptions.CultureInvariant)]
    private static partial Regex StartTime();

    [GeneratedRegex(@"^(?:<(?<url>[^<>\s]+)>|\[(?<title>[^\[\]]*)\]\((?<url>[^()\s]+)\)|(?<url>\S+))$", RegexOptions.CultureInvariant)]
    private static partial Regex AloneInParagraph();

    public static Video? Parse(string url)
    {
        if (YouTube().Match(url) is { Success: true } youtube)
        {
            var id = youtube.Groups["id"].Value;
            var start = StartTime().Match(youtube.Groups["rest"].Value) is { Success: true } t && Seconds(t) is > 0 and var seconds ? seconds : 0;
            return new Video("YouTube", $"https://www.youtube.com/watch?v={id}" + (start > 0 ? $"&t={start}s" : ""),
                $"https://www.youtube-nocookie.com/embed/{id}?autoplay=1" + (start > 0 ? $"&start={start}" : ""));
        }
        if (Vimeo().Match(url) is { Success: true } vimeo)
        {
            var id = vimeo.Groups["id"].Value;
            return new Video("Vimeo", $"https://vimeo.com/{id}", $"https://player.vimeo.com/video/{id}?autoplay=1&dnt=1");
        }
        return null;
    }

    /// <summary>Marks each paragraph that is a video link alone, with its video and title; returns whether there was one.</summary>
    /// <param name="markdown">The text the document was parsed from (a paragraph's lines are gone once its inlines are parsed).</param>
    public static bool Mark(MarkdownDocument document, string markdown)
    {
        var found = false;
        // Most bodies name no video: they are not walked.
        if (!markdown.Contains("youtu", StringComparison.Ordinal) && !markdown.Contains("vimeo.com", StringComparison.Ordinal)) return false;
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var span = paragraph.Span;
            if (span.Start < 0 || span.End >= markdown.Length + 1 || span.Length > 300) continue;
            var text = markdown.Substring(span.Start, Math.Min(span.Length, markdown.Length - span.Start)).Trim();
            if (AloneInParagraph().Match(text) is not { Success: true } alone) continue;
            if (Parse(alone.Groups["url"].Value) is not { } video) continue;
            var title = alone.Groups["title"].Success ? alone.Groups["title"].Value.Trim() : "";
            paragraph.SetData(typeof(Video), (video, title));
            found = true;
        }
        return found;
    }

    private static int Seconds(Match time) =>
        (time.Groups["h"].Success ? int.Parse(time.Groups["h"].Value) * 3600 : 0)
        + (time.Groups["m"].Success ? int.Parse(time.Groups["m"].Value) * 60 : 0)
        + (time.Groups["s"].Success && time.Groups["s"].Value.Length > 0 ? int.Parse(time.Groups["s"].Value) : 0);

    /// <summary>Writes a marked paragraph as the video's box; any other as Markdig does.</summary>
    public sealed class Renderer(string language) : ParagraphRenderer
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
        {
            if (paragraph.GetData(typeof(Video)) is not ValueTuple<Video, string> marked || !renderer.EnableHtmlForBlock)
            {
                base.Write(renderer, paragraph);
                return;
            }
            var (video, title) = marked;
            var french = language == "fr";
            var name = title.Length > 0 ? Typography.Apply(title, language) : french ? $"Vidéo {video.Host}" : $"{video.Host} video";
            renderer.EnsureLine();
            renderer.Write("<figure class=\"video\" data-player=\"").WriteEscape(video.PlayerUrl).Write("\">");
            renderer.Write("<a class=\"video-link\" href=\"").WriteEscape(video.WatchUrl).Write("\">");
            renderer.Write("<span class=\"video-play\" aria-hidden=\"true\"></span>");
            renderer.Write("<span class=\"video-title\">").WriteEscape(name).Write("</span>");
            renderer.Write("<span class=\"video-note\">").WriteEscape(french
                ? $"Regarder sur {video.Host} · la vidéo ne se charge que si vous cliquez"
                : $"Watch on {video.Host} · the video loads only when you click").Write("</span>");
            renderer.WriteLine("</a></figure>");
        }
    }
}
