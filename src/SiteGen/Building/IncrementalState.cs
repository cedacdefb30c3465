using System.Collections.Concurrent;
using SiteGen.Content.Loading;
using SiteGen.Rules;

namespace SiteGen.Building;

/// <summary>An article as last read: valid while its file keeps the same length and modification time.</summary>
internal sealed record CachedArticle(long Length, DateTime Modified, string Language, ReadArticle Read, IReadOnlyList<ContentDiagnostic> Diagnostics);

/// <summary>What an article page was made from last time, kept on the (unchanged) Article itself.</summary>
internal sealed record ArticleMemo(ulong RelatedKey, IReadOnlyList<SiteGen.Content.Model.Article> Related, ulong HeadKey, SiteGen.Theme.Rendering.PageHead Head);

/// <summary>
/// What one build leaves for the next in serve mode: every article as read, so that a rebuild
/// reads and parses only the files that changed, and writes only the output files whose bytes
/// changed. The result is the same as a full build's, file for file.
/// </summary>
public sealed class IncrementalState
{
    internal ConcurrentDictionary<string, CachedArticle> Articles { get; } = new(StringComparer.Ordinal);

    /// <summary>Related articles and heads of article pages, reused while what they depend on is unchanged.</summary>
    internal System.Runtime.CompilerServices.ConditionalWeakTable<SiteGen.Content.Model.Article, ArticleMemo> ArticleMemos { get; } = new();

    /// <summary>Timeline entries of the last build, per language, to reuse those made from unchanged articles.</summary>
    internal ConcurrentDictionary<string, ConcurrentDictionary<string, SiteGen.Content.Aggregates.TimelineEntry>> TimelineEntries { get; } = new(StringComparer.Ordinal);

    /// <summary>Timeline entries rendered by earlier builds.</summary>
    internal Pipelines.RenderCacheStore Caches { get; } = new();

    /// <summary>The fingerprint each page had when it was last rendered.</summary>
    internal ConcurrentDictionary<string, ulong> Pages { get; } = new(StringComparer.Ordinal);

    /// <summary>The output files the last successful build made, relative to the output folder.</summary>
    internal HashSet<string>? Produced { get; set; }

    /// <summary>How many pages the last build rendered (the others had not changed).</summary>
    public int PagesRendered { get => _pagesRendered; internal set => _pagesRendered = value; }

    private int _pagesRendered;

    internal void CountRender() => Interlocked.Increment(ref _pagesRendered);

    /// <summary>How many articles the last build read and parsed again.</summary>
    public int ArticlesParsed { get; internal set; }

    /// <summary>How many output files the last build wrote (the others already had the right bytes).</summary>
    public int FilesWritten { get => _filesWritten; internal set => _filesWritten = value; }

    private int _filesWritten;

    internal void CountWrite() => Interlocked.Increment(ref _filesWritten);
}
