using SiteGen.Content.Model;

namespace SiteGen.Theme.Rendering;

/// <summary>The site content and the interface strings, shared by every page of one build.</summary>
public sealed class ThemeContext(SiteContent content, TimelineMarkup? markup = null)
{
    public SiteContent Content { get; } = content;
    public SiteUrls Urls => Content.Urls;
    public SiteSettings Site => Content.Site;

    /// <summary>Timeline entries rendered ahead, shared by the pages of a build.</summary>
    public TimelineMarkup Markup { get; } = markup ?? new TimelineMarkup();

    public Strings StringsFor(string language) => Strings.For(language)
        ?? throw new KeyNotFoundException($"The theme has no strings for '{language}'; add theme/i18n/{language}.yml.");
}
