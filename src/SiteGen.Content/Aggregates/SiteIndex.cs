using SiteGen.Content.Model;

namespace SiteGen.Content.Aggregates;

/// <summary>
/// The per-language indexes of a site, each built once: all at once by <see cref="BuildAll"/>, or on
/// first use by whichever caller needs it first.
/// </summary>
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
    /// Builds every language's index now, side by side. The build does this before its page
    /// pipelines start: otherwise the first of them to need an index builds it while the others
    /// wait, each holding a pool thread, and the index's own parallel work, starved of threads,
    /// took half a second more (an article added to a 10,000-article site).
    /// </summary>
    public SiteIndex BuildAll()
    {
        Parallel.ForEach(_languages.Values, index => _ = index.Value);
        return this;
    }

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
