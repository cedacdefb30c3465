using SiteGen.Documents;
using SiteGen.Pipeline;
using SiteGen.Theme.Rendering;

namespace SiteGen.Incremental;

/// <summary>
/// The incremental layer over page kinds: for each kind, what each group of pages was last made
/// from, the files it gave and their heads. A full build starts with an empty memory and makes
/// every group; serve keeps the memory from one build to the next, so a group whose inputs are
/// the same gets no document at all, files a group no longer makes are deleted, and the sitemap
/// takes the heads of every page, made this build or kept.
/// </summary>
internal sealed class PageMemory
{
    private readonly Dictionary<string, KindMemory> _kinds = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public KindMemory For(string kind)
    {
        lock (_gate)
        {
            if (!_kinds.TryGetValue(kind, out var memory)) _kinds[kind] = memory = new KindMemory();
            return memory;
        }
    }

    /// <summary>The heads of every page of these kinds, as last made.</summary>
    public List<PageHead> Heads(IEnumerable<string> kinds) => kinds.SelectMany(kind => For(kind).Heads).ToList();

    /// <summary>After a failed build, whose pages may not all have been written: the next build makes every page of the kind.</summary>
    public void Invalidate(string kind) => For(kind).Invalidate();
}

/// <summary>One kind's groups of pages as last made.</summary>
internal sealed class KindMemory
{
    private sealed record Made(PageInputs Inputs, IReadOnlyList<string> Files, IReadOnlyList<PageHead> Heads)
    {
        /// <summary>The last build that had this group (to find the groups that are gone without a second set).</summary>
        public int Build { get; set; }
    }

    private readonly Dictionary<string, Made> _groups = new(StringComparer.Ordinal);
    private string? _settingsVersion;
    private int _build;

    public IEnumerable<PageHead> Heads => _groups.Values.SelectMany(g => g.Heads);

    public void Invalidate() => _settingsVersion = null;

    /// <summary>
    /// The documents of the groups whose inputs changed, a <see cref="Keys.Removed"/> document for
    /// each file no longer made, and, when the other groups were kept, a <see cref="Keys.Partial"/>
    /// document saying their files stay. Other settings make every group again.
    /// </summary>
    public List<Document> Documents(IEnumerable<PageGroup> groups, string settingsVersion)
    {
        var documents = new List<Document>();
        var updating = _settingsVersion == settingsVersion;
        if (updating) documents.Add(new Document(null, null).With(Keys.Partial, true));
        else
        {
            _groups.Clear();
            _settingsVersion = settingsVersion;
        }
        var build = ++_build;
        var seen = 0;
        foreach (var group in groups)
        {
            seen++;
            _groups.TryGetValue(group.Key, out var before);
            if (updating && before is not null && before.Inputs.Equals(group.Inputs))
            {
                before.Build = build;
                continue;
            }
            var made = group.Make().ToList();
            documents.AddRange(made);
            var files = made.Select(d => d.Destination!).ToList();
            _groups[group.Key] = new Made(group.Inputs, files, made.Select(PageHeadOf).OfType<PageHead>().ToList()) { Build = build };
            if (before is not null) documents.AddRange(before.Files.Except(files, StringComparer.Ordinal).Select(Removed));
        }
        if (seen == _groups.Count) return documents;
        foreach (var (key, gone) in _groups.Where(g => g.Value.Build != build).ToList())
        {
            documents.AddRange(gone.Files.Select(Removed));
            _groups.Remove(key);
        }
        return documents;
    }

    private static PageHead? PageHeadOf(Document document) =>
        document.TryGet<PageRequest>(Keys.Page, out var page) ? page.Model.Head : null;

    private static Document Removed(string destination) => new Document(null, destination).With(Keys.Removed, true);
}
