using SiteGen.Rules;

namespace SiteGen.Content.Markdown;

/// <summary>A link or image an editor wrote in a body, with its place in the Markdown file (for the link checker).</summary>
public sealed record BodyLink(string Url, SourceLocation Location);

/// <summary>A body rendered to HTML, with the first paragraph as plain text for summaries, and its links.</summary>
public sealed record RenderedMarkdown(string Html, string FirstParagraph, IReadOnlyList<BodyLink> Links)
{
    /// <summary>The site's images the body shows (each a picture with its resized files).</summary>
    public IReadOnlyList<SiteGen.Content.Model.ImageInfo> Images { get; init; } = [];

    /// <summary>Links to other content files, rendered with placeholders until every file is read.</summary>
    public IReadOnlyList<SourceLink> SourceLinks { get; init; } = [];

    /// <summary>Whether the body shows a video (<see cref="VideoEmbeds"/>): its page then takes the script that loads players on click.</summary>
    public bool HasVideo { get; init; }

    /// <summary>The text before <c>&lt;!--more--&gt;</c>, when the body has one: the editor's summary.</summary>
    public string? Summary { get; init; }
}
