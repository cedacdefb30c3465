using SiteGen.Content.Model;

namespace SiteGen.Content.Aggregates;

/// <summary>The per-language indexes of a site, each built once, on first use, by whichever pipeline needs it first.</summary>
public sealed class SiteIndex
{
    private readonly Dictionary<string, Lazy<LanguageIndex>> _languages;

    public SiteIndex(SiteContent content)
    {
        Content = content;
        _languages = content.Site.Languages.ToDictionary(
            l => l.Code,
            l => new Lazy<LanguageIndex>(() => new LanguageIndex(content, l.Code), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    public SiteContent Content { get; }

    public LanguageIndex this[string language] => _languages[language].Value;
}
