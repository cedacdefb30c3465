using SiteGen.Rules;

namespace SiteGen.Content.Model;

/// <summary>One dated entry an article gives to the timelines.</summary>
public sealed record TimelineEvent(
    PartialDate Date,
    PartialDate? End,
    string Title,
    string? Id,
    IReadOnlyList<string> Topics,
    string? TextHtml,
    SourceLocation Location)
{
    /// <summary>An image for the event (TimelineJS shows it as the event's media).</summary>
    public Picture? Image { get; init; }
}
