using SiteGen.Content.Model;

namespace SiteGen.Content.Aggregates;

/// <summary>The per-language indexes of a site, each built once, on first use, by whichever pipeline needs it first.</summary>
public sealed class SiteIndex
{
    private readonly Dictionary<string, Lazy<LanguageIndex>> _languages;

    /// <param name="reusableEntries">Per language, timeline entries a previous build made (serve mode).</param>
    public SiteIndex(SiteContent content,
        Func<string, System.Collections.Concurrent.ConcurrentDictionary<string, TimelineEntry>>? reusableEntries = null)
    {
        Content = content;
        _languages = content.Site.Languages.ToDictionary(
            l => l.Code,
            l => new Lazy<LanguageIndex>(() => new LanguageIndex(content, l.Code, reusableEntries?.Invoke(l.Code)), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    public SiteContent Content { get; }

    public LanguageIndex this[string language] => _languages[language].Value;
}
