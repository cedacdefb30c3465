namespace SiteGen.Content.Markdown;

/// <summary>A body rendered to HTML, with the first paragraph as plain text for summaries.</summary>
public sealed record RenderedMarkdown(string Html, string FirstParagraph);
