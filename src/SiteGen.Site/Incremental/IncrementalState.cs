using System.Collections.Concurrent;
using SiteGen.Content.Loading;
using SiteGen.Content.Markdown;
using SiteGen.Rules;

namespace SiteGen.Incremental;

/// <summary>An article as last read: valid while its file keeps the same length and modification time.</summary>
/// <param name="ReadWith">The <see cref="SiteGen.Content.Markdown.ContentContext.Key"/> it was read with: base path, raw HTML mode, time zone.</param>
internal sealed record CachedArticle(long Length, DateTime Modified, string Language, ReadArticle Read, IReadOnlyList<Diagnostic> Diagnostics, string ReadWith);

/// <summary>site.yml, topics.yml and authors.yml as last read, from these very bytes (<see cref="NoFile"/> for a site without authors.yml).</summary>
internal sealed record SettingsRead(byte[] SettingsBytes, byte[] TopicsBytes, byte[] AuthorsBytes, SiteGen.Content.Model.SiteSettings? Site,
    IReadOnlyList<SiteGen.Content.Model.Topic>? Topics, IReadOnlyList<SiteGen.Content.Model.Author>? Authors, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The bytes of a file the site does not have: one array, so that its absence compares equal from build to build.</summary>
    public static readonly byte[] NoFile = [];
}

/// <summary>
/// What one build leaves for the next in serve mode: every article as read, so that a rebuild
/// reads and parses only the files that changed, and writes only the output files whose bytes
/// changed. The result is the same as a full build's, file for file.
/// </summary>
public sealed class IncrementalState
{
    internal ConcurrentDictionary<string, CachedArticle> Articles { get; } = new(StringComparer.Ordinal);

    /// <summary>site.yml, topics.yml and authors.yml as last read.</summary>
    internal SettingsRead? Settings { get; set; }

    /// <summary>What a file watcher saw change since the last build; without it, every input file is looked at.</summary>
    public InputChanges InputChanges { get; } = new();

    /// <summary>The input files of the last build, in order, and the document each gave (an article's with its parse), to reuse unchanged ones as they are.</summary>
    internal List<string>? InputFiles { get; set; }
    internal ConcurrentDictionary<string, Pipeline.Document> InputDocuments { get; } = new(StringComparer.Ordinal);

    /// <summary>Every kind's groups of pages as last made, to make documents only for those whose inputs changed.</summary>
    internal PageMemory PageMemory { get; } = new();

    /// <summary>The index of the last build's content, updated rather than made anew by the next build.</summary>
    internal SiteGen.Content.Aggregates.SiteIndex? Index { get; set; }

    /// <summary>What the last successful build read articles with and made their pages from; null after a failed build.</summary>
    internal ShownSite? Shown { get; set; }

    /// <summary>What <see cref="Shown"/> becomes if the build under way succeeds.</summary>
    internal ContentContext? Reading { get; set; }
    internal MarkdownRenderer? Markdown { get; set; }
    internal SiteGen.Pages.SiteContext? ArticleSite { get; set; }

    /// <summary>The output files the last build wrote or deleted, relative to the output folder.</summary>
    public IReadOnlyCollection<string> FilesChanged => _filesChanged;

    private ConcurrentQueue<string> _filesChanged = new();

    internal void Changed(string destination) => _filesChanged.Enqueue(destination);

    internal void ForgetChanges() => _filesChanged = new ConcurrentQueue<string>();

    /// <summary>Each image as last probed.</summary>
    internal SiteGen.Images.ImageProbes ImageProbes { get; } = new();

    /// <summary>Timeline entries rendered by earlier builds.</summary>
    internal SiteGen.Incremental.RenderCacheStore Caches { get; } = new();

    /// <summary>The fingerprint each page had when it was last rendered.</summary>
    internal ConcurrentDictionary<string, ulong> Pages { get; } = new(StringComparer.Ordinal);

    /// <summary>A digest of the bytes last written to each output file, to write only files whose bytes change.</summary>
    internal ConcurrentDictionary<string, UInt128> Written { get; } = new(StringComparer.Ordinal);

    /// <summary>The output files each pipeline made, relative to the output folder; null before the first successful build.</summary>
    internal Dictionary<string, HashSet<string>>? Produced { get; set; }

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
