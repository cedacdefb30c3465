using SiteGen.Documents;
using SiteGen.Pipeline;
using SiteGen.Rules;

namespace SiteGen.Pipelines;

/// <summary>
/// Reads every file of <c>input/</c> once, on every core, and says what it is: the settings, the
/// topic catalogue, an article of a language, or an asset. Markdown in an unexpected place is a
/// warning rather than silently ignored.
/// </summary>
internal sealed class ReadInputFiles(string inputFolder, SiteGen.Incremental.IInputMemory memory) : IModule
{
    private readonly string _root = Path.GetFullPath(inputFolder);
    private InputListing? _listing;

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        if (!Directory.Exists(_root))
        {
            context.Report(Diagnostic.Error(DiagnosticKind.MisplacedFile.Id,
                $"The input folder '{inputFolder}' does not exist; run from the site's folder or pass --input.", new SourceLocation(SourcePaths.Display(inputFolder), 0, 0)));
            return Task.FromResult<IReadOnlyList<Document>>([]);
        }
        _listing ??= new InputListing(_root);
        // With the paths a watcher saw change, the other files are neither listed nor looked at again.
        var last = memory.TakeChanges();
        var files = last is { } known ? Apply(known.Files, known.Changed) : null;
        var changed = files is null ? null : last!.Value.Changed;
        files ??= _listing.Files(context);
        var documents = new Document?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, index =>
        {
            var file = files[index];
            if (changed is not null && !changed.Contains(file) && memory.TryRecall(file, out var same)) documents[index] = same;
            else documents[index] = Read(file, context, listed: changed is null);
        });
        memory.Listed(files, changed);
        return Task.FromResult<IReadOnlyList<Document>>(documents.OfType<Document>().ToList());
    }

    /// <summary>
    /// The files of the last build with the watcher's changes applied, in order; null when a folder
    /// came, went or was renamed (every file is listed again then).
    /// </summary>
    private List<string>? Apply(List<string> files, HashSet<string> changed)
    {
        foreach (var path in changed)
        {
            if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Hidden(path)) continue;
            if (Directory.Exists(path)) return null;
            var at = files.BinarySearch(path, StringComparer.Ordinal);
            if (File.Exists(path))
            {
                if (at < 0) files.Insert(~at, path);
            }
            else if (at >= 0) files.RemoveAt(at);
            else if (~at < files.Count && files[~at].StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        }
        return files;
    }

    /// <summary>Whether a path is skipped when listing the folder: a file or folder whose name starts with a dot.</summary>
    private bool Hidden(string path) =>
        path[(_root.Length + 1)..].Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));

    private Document? Read(string file, IExecutionContext context, bool listed)
    {
        var relative = Path.GetRelativePath(_root, file).Replace('\\', '/');
        var display = SourcePaths.Display(file);
        var kind = Classify(relative, out var language);
        if (kind is null)
        {
            if (relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                context.Report(Diagnostic.Warning(DiagnosticKind.MisplacedFile.Id,
                    $"This Markdown file is not read: articles go in input/{{language}}/articles/ and static pages in input/{{language}}/pages/, for example input/fr/articles/{Path.GetFileName(file)}.",
                    new SourceLocation(display, 1, 1)));
            return null;
        }
        if (!_listing!.Allowed(file, context, listed)) return null;
        var document = new Document(display, kind == InputKind.Asset ? relative : null)
            .With(Keys.Kind, kind.Value)
            .With(Keys.Language, language ?? "");
        if (kind == InputKind.Article)
        {
            document = memory.Article(document, file, language!);
            if (document.Metadata.ContainsKey(Keys.Cached)) return document;
        }
        if (kind != InputKind.Asset) document = document.With(Keys.Bytes, File.ReadAllBytes(file));
        // An article's document is kept once parsed (ParseContent); the others as they are.
        if (kind != InputKind.Article) memory.Keep(display, document);
        return document;
    }

    private static InputKind? Classify(string relative, out string? language)
    {
        language = null;
        var parts = relative.Split('/');
        if (parts.Length == 1 && parts[0] == "site.yml") return InputKind.Settings;
        if (parts.Length == 1 && parts[0] == "topics.yml") return InputKind.Topics;
        if (parts.Length == 1 && parts[0] == "authors.yml") return InputKind.Authors;
        if (parts[0] == "assets" && parts.Length > 1) return InputKind.Asset;
        if (parts.Length == 3 && parts[1] is "articles" or "pages" && parts[2].EndsWith(".md", StringComparison.Ordinal))
        {
            language = parts[0];
            return parts[1] == "articles" ? InputKind.Article : InputKind.Page;
        }
        return null;
    }
}

/// <summary>
/// Paths as diagnostics print them: full paths, as the compiler prints them, so that
/// <c>sitegen build</c> and <c>dotnet build</c> print the very same line for a content error,
/// and editors and CI can open the file whatever their working folder.
/// </summary>
internal static class SourcePaths
{
    public static string Display(string path) => Path.GetFullPath(path);
}
