using System.Runtime.CompilerServices;
using SiteGen.Content.Aggregates;
using SiteGen.Theme.Rendering;

namespace SiteGen.Incremental;

/// <summary>
/// What rendering makes once and reuses, for one version of site.yml and topics.yml: the HTML and
/// the JSON of each timeline entry, shared by its language's timeline and its topics' timelines,
/// and (serve mode) each page's sitemap element.
/// </summary>
internal sealed class RenderCache(string settingsVersion)
{
    public string SettingsVersion { get; } = settingsVersion;
    public TimelineMarkup Markup { get; } = new();
    public ConditionalWeakTable<TimelineEntry, byte[]> TimelineJson { get; } = new();
    public ConditionalWeakTable<PageHead, byte[]> SitemapElements { get; } = new();
}

/// <summary>The render cache of the current settings: a build's pipelines share it, and serve mode keeps it while the settings stay the same.</summary>
internal sealed class RenderCacheStore
{
    private readonly Lock _gate = new();
    private RenderCache? _current;

    public RenderCache For(string settingsVersion)
    {
        lock (_gate)
        {
            if (_current?.SettingsVersion != settingsVersion) _current = new RenderCache(settingsVersion);
            return _current;
        }
    }
}
