using SiteGen.Content.Model;

namespace SiteGen.Content.Aggregates;

/// <summary>The per-language indexes of a site, each built once, on first use, by whichever pipeline needs it first.</summary>
public sealed class SiteIndex
{
    private readonly Dictionary<string, Lazy<LanguageIndex>> _languages;

    /// <summary>The index of <paramref name="content"/>, made from nothing.</summary>
    public SiteIndex(SiteContent content) : this(content, basis: null) { }

    private SiteIndex(SiteContent content, SiteIndex? basis)
    {
        Content = content;
        _languages = content.Site.Languages.ToDictionary(
            l => l.Code,
            l => new Lazy<LanguageIndex>(() => basis?.Built(l.Code)?.Next(content) ?? new LanguageIndex(content, l.Code), LazyThreadSafetyMode.ExecutionAndPublication));
        // Links to timeline entries follow the paging of the timelines this index builds.
        content.Urls.PagingOf = language => this[language].Paging;
    }

    public SiteContent Content { get; }

    public LanguageIndex this[string language] => _languages[language].Value;

    /// <summary>
    /// The index of <paramref name="content"/>, made from this one: a language index already built
    /// here is updated with the articles that went and came (<see cref="LanguageIndex.Next"/>);
    /// with other settings or topics, everything is made anew. Either way the result is the index
    /// <see cref="SiteIndex(SiteContent)"/> makes.
    /// </summary>
    public SiteIndex Next(SiteContent content) =>
        new(content, Content.SettingsVersion == content.SettingsVersion ? this : null);

    /// <summary>A language's index if it was built.</summary>
    private LanguageIndex? Built(string language) =>
        _languages.TryGetValue(language, out var index) && index.IsValueCreated ? index.Value : null;
}
