using SiteGen.Content.Aggregates;
using SiteGen.Content.Loading;
using SiteGen.Content.Markdown;
using SiteGen.Content.Model;
using SiteGen.Documents;
using SiteGen.Pipeline;
using SiteGen.Rules;

namespace SiteGen.Incremental;

/// <summary>
/// What reading and parsing the input may take again from an earlier build, and keep for a later
/// one. A full build uses <see cref="None"/>, which remembers nothing; serve uses one over its
/// <see cref="IncrementalState"/>. Either way the modules that read the input do the same steps,
/// and the content they give is the same.
/// </summary>
internal interface IInputMemory
{
    /// <summary>The input files of the last build, in order, and what a watcher saw change since; null when the folder must be listed.</summary>
    (List<string> Files, HashSet<string> Changed)? TakeChanges();

    /// <summary>The document an unchanged file gave the last build.</summary>
    bool TryRecall(string file, out Document document);

    /// <summary>The input files of this build; <paramref name="changed"/> is null when the folder was listed.</summary>
    void Listed(List<string> files, HashSet<string>? changed);

    /// <summary>An article's document: with what it was read as, while its file has the same length and time and language; else with its stamp, to keep its parse.</summary>
    Document Article(Document document, string file, string language);

    /// <summary>A document to give again while its file does not change.</summary>
    void Keep(string file, Document document);

    /// <summary>An article just read and parsed from <paramref name="file"/>'s bytes, with the site's settings <paramref name="readWith"/> names.</summary>
    void Parsed(Document file, ReadArticle read, IReadOnlyList<Diagnostic> diagnostics, string readWith);

    /// <summary>How many articles this build read and parsed again.</summary>
    void CountParsed(int articles);

    /// <summary>What this build reads articles with, for serve to read an edited one again the same way (<see cref="EditedPages"/>).</summary>
    void ReadWith(ContentContext reading, MarkdownRenderer markdown);

    /// <summary>The settings and topics read from these very bytes, if they were.</summary>
    SettingsRead? Settings(byte[] settingsBytes, byte[] topicsBytes, byte[] authorsBytes);

    void KeepSettings(SettingsRead read);

    /// <summary>The index of <paramref name="content"/>: made anew, or from the last build's (the same either way).</summary>
    SiteIndex Index(SiteContent content);

    /// <summary>What probing each image gave, valid while its file does not change.</summary>
    SiteGen.Images.ImageProbes ImageProbes { get; }

    /// <summary>Remembers nothing: every file is read, parsed and indexed.</summary>
    public static readonly IInputMemory None = new NoInputMemory();

    private sealed class NoInputMemory : IInputMemory
    {
        public (List<string> Files, HashSet<string> Changed)? TakeChanges() => null;
        public bool TryRecall(string file, out Document document) { document = null!; return false; }
        public void Listed(List<string> files, HashSet<string>? changed) { }
        public Document Article(Document document, string file, string language) => document;
        public void Keep(string file, Document document) { }
        public void Parsed(Document file, ReadArticle read, IReadOnlyList<Diagnostic> diagnostics, string readWith) { }
        public void CountParsed(int articles) { }
        public void ReadWith(ContentContext reading, MarkdownRenderer markdown) { }
        public SettingsRead? Settings(byte[] settingsBytes, byte[] topicsBytes, byte[] authorsBytes) => null;
        public void KeepSettings(SettingsRead read) { }
        public SiteIndex Index(SiteContent content) => new(content);
        public SiteGen.Images.ImageProbes ImageProbes => new();
    }
}

/// <summary>Serve's input memory: every article as read and parsed, each file's document, the last index.</summary>
internal sealed class InputMemory(IncrementalState state) : IInputMemory
{
    public (List<string> Files, HashSet<string> Changed)? TakeChanges() =>
        state.InputChanges.Take() is { } changed && state.InputFiles is { } files ? (files, changed) : null;

    public bool TryRecall(string file, out Document document) => state.InputDocuments.TryGetValue(file, out document!);

    public void Listed(List<string> files, HashSet<string>? changed)
    {
        state.InputFiles = files;
        var gone = changed is null
            ? state.Articles.Keys.Concat(state.InputDocuments.Keys).ToHashSet(StringComparer.Ordinal).Except(files)
            : changed.Where(path => !File.Exists(path));
        foreach (var file in gone.ToList())
        {
            state.Articles.TryRemove(file, out _);
            state.InputDocuments.TryRemove(file, out _);
        }
    }

    public Document Article(Document document, string file, string language)
    {
        var info = new FileInfo(file);
        document = document.With(Keys.Stamp, (info.Length, info.LastWriteTimeUtc));
        if (!state.Articles.TryGetValue(document.Source!, out var cached) || cached.Length != info.Length
            || cached.Modified != info.LastWriteTimeUtc || cached.Language != language) return document;
        document = document.With(Keys.Cached, cached);
        state.InputDocuments[document.Source!] = document;
        return document;
    }

    public void Keep(string file, Document document) => state.InputDocuments[file] = document;

    public void Parsed(Document file, ReadArticle read, IReadOnlyList<Diagnostic> diagnostics, string readWith)
    {
        if (!file.TryGet<(long Length, DateTime Modified)>(Keys.Stamp, out var stamp)) return;
        var article = new CachedArticle(stamp.Length, stamp.Modified, file.Get<string>(Keys.Language), read, diagnostics, readWith);
        state.Articles[file.Source!] = article;
        // The next build takes this very document again while the file does not change.
        state.InputDocuments[file.Source!] = file with { Metadata = file.Metadata.Remove(Keys.Bytes).SetItem(Keys.Cached, article) };
    }

    public void CountParsed(int articles) => state.ArticlesParsed = articles;

    public void ReadWith(ContentContext reading, MarkdownRenderer markdown)
    {
        state.Reading = reading;
        state.Markdown = markdown;
    }

    public SettingsRead? Settings(byte[] settingsBytes, byte[] topicsBytes, byte[] authorsBytes) =>
        state.Settings is { } known && ReferenceEquals(known.SettingsBytes, settingsBytes) && ReferenceEquals(known.TopicsBytes, topicsBytes)
            && ReferenceEquals(known.AuthorsBytes, authorsBytes) ? known : null;

    public void KeepSettings(SettingsRead read) => state.Settings = read;

    public SiteIndex Index(SiteContent content) => state.Index = state.Index?.Next(content) ?? new SiteIndex(content);

    public SiteGen.Images.ImageProbes ImageProbes => state.ImageProbes;
}
