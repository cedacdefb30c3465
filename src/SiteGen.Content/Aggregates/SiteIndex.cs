using SiteGen.Content.Model;

namespace SiteGen.Content.Aggregates;

/// <summary>The per-language indexes of a site, each built once, on first use, by whichever pipeline needs it first.</summary>
public sealed class SiteIndex
{
    private readonly Dictionary<string, Lazy<LanguageIndex>> _languages;

    /// <param name="previous">
    /// The index of the previous build (serve mode), to update rather than build anew; used only
    /// when the settings and topics are the same.
    /// </param>
    public SiteIndex(SiteContent content, SiteIndex? previous = null)
    {
        Content = content;
        var reusable = previous is not null && previous.Content.SettingsVersion == content.SettingsVersion ? previous : null;
        _languages = content.Site.Languages.ToDictionary(
            l => l.Code,
            l => new Lazy<LanguageIndex>(() => new LanguageIndex(content, l.Code, reusable?.Built(l.Code)), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    public SiteContent Content { get; }

    public LanguageIndex this[string language] => _languages[language].Value;

    /// <summary>A language's index if it was built.</summary>
    private LanguageIndex? Built(string language) =>
        _languages.TryGetValue(language, out var index) && index.IsValueCreated ? index.Value : null;
}
