namespace SiteGen.Building;

/// <summary>
/// The pages of each topic (its paginated list, its timeline data) as serve mode last made them.
/// A topic whose list of articles and whose timeline are the very objects of the previous build
/// (the language index keeps them when no changed article touches the topic) has the same pages:
/// no document is made for them at all.
/// </summary>
internal sealed class TopicPages
{
    private sealed record Made(object Articles, object Timeline, IReadOnlyList<string> Files, IReadOnlyList<Theme.Rendering.PageHead> Heads);

    private readonly Dictionary<(string Language, string Topic), Made> _topics = [];
    private readonly HashSet<(string Language, string Topic)> _seen = [];
    private string? _settingsVersion;

    /// <summary>Starts a build; false when every topic's pages must be made (other settings, or a failed build before).</summary>
    public bool Begin(string settingsVersion)
    {
        _seen.Clear();
        if (_settingsVersion == settingsVersion) return true;
        _topics.Clear();
        _settingsVersion = settingsVersion;
        return false;
    }

    /// <summary>Whether the topic's pages were made from these very objects; either way, the topic is there.</summary>
    public bool Same(string language, string topic, object articles, object timeline)
    {
        _seen.Add((language, topic));
        return _topics.TryGetValue((language, topic), out var made)
            && ReferenceEquals(made.Articles, articles) && ReferenceEquals(made.Timeline, timeline);
    }

    /// <summary>The heads of every topic page kept (for the sitemap).</summary>
    public IEnumerable<Theme.Rendering.PageHead> Heads => _topics.Values.SelectMany(t => t.Heads);

    /// <summary>Records what the topic's pages were made from, giving the files it had before and no longer has.</summary>
    public IEnumerable<string> Record(string language, string topic, object articles, object timeline, IReadOnlyList<string> files, IReadOnlyList<Theme.Rendering.PageHead> heads)
    {
        var before = _topics.GetValueOrDefault((language, topic))?.Files ?? [];
        _topics[(language, topic)] = new Made(articles, timeline, files, heads);
        return before.Except(files, StringComparer.Ordinal);
    }

    /// <summary>Ends a build: forgets the topics that are gone, giving their files.</summary>
    public IEnumerable<string> End()
    {
        var gone = _topics.Keys.Where(k => !_seen.Contains(k)).ToList();
        var files = gone.SelectMany(k => _topics[k].Files).ToList();
        foreach (var key in gone) _topics.Remove(key);
        return files;
    }

    /// <summary>After a failed build, whose pages may not all have been written: the next build makes every page.</summary>
    public void Invalidate() => _settingsVersion = null;
}
