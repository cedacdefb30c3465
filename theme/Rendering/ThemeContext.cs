using SiteGen.Content.Model;

namespace SiteGen.Theme.Rendering;

/// <summary>The site content and the interface strings, shared by every page of one build.</summary>
public sealed class ThemeContext(SiteContent content)
{
    public SiteContent Content { get; } = content;
    public SiteUrls Urls => Content.Urls;
    public SiteSettings Site => Content.Site;

    public Strings StringsFor(string language) => Strings.For(language)
        ?? throw new KeyNotFoundException($"The theme has no strings for '{language}'; add theme/i18n/{language}.yml.");
}
