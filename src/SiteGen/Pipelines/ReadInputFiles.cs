using System.Collections.Concurrent;
using SiteGen.Pipeline;
using SiteGen.Rules;

namespace SiteGen.Pipelines;

/// <summary>
/// Reads every file of <c>input/</c> once, on every core, and says what it is: the settings, the
/// topic catalogue, an article of a language, or an asset. Markdown in an unexpected place is a
/// warning rather than silently ignored.
/// </summary>
internal sealed class ReadInputFiles(string inputFolder, Building.IncrementalState? state = null) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        if (!Directory.Exists(inputFolder))
        {
            context.Report(Diagnostic.Error(DiagnosticKind.MisplacedFile.Id,
                $"The input folder '{inputFolder}' does not exist; run from the site's folder or pass --input.", new SourceLocation(SourcePaths.Display(inputFolder), 0, 0)));
            return Task.FromResult<IReadOnlyList<Document>>([]);
        }
        var files = Directory.EnumerateFiles(inputFolder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Order(StringComparer.Ordinal)
            .ToList();
        var documents = new ConcurrentBag<(int Index, Document Document)>();
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, index =>
        {
            var file = files[index];
            var relative = Path.GetRelativePath(inputFolder, file).Replace('\\', '/');
            var display = SourcePaths.Display(file);
            var kind = Classify(relative, out var language);
            if (kind is null)
            {
                if (relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    context.Report(Diagnostic.Warning(DiagnosticKind.MisplacedFile.Id,
                        $"This Markdown file is not read: articles go in input/{{language}}/articles/ and static pages in input/{{language}}/pages/, for example input/fr/articles/{Path.GetFileName(file)}.",
                        new SourceLocation(display, 1, 1)));
                return;
            }
            var document = new Document(display, kind == InputKind.Asset ? relative : null)
                .With(Keys.Kind, kind.Value)
                .With(Keys.Language, language ?? "");
            if (kind == InputKind.Article && state is not null)
            {
                var info = new FileInfo(file);
                document = document.With(Keys.Stamp, (info.Length, info.LastWriteTimeUtc));
                if (state.Articles.TryGetValue(display, out var cached) && cached.Length == info.Length
                    && cached.Modified == info.LastWriteTimeUtc && cached.Language == language)
                {
                    documents.Add((index, document.With(Keys.Cached, cached)));
                    return;
                }
            }
            if (kind != InputKind.Asset) document = document.With(Keys.Bytes, File.ReadAllBytes(file));
            documents.Add((index, document));
        });
        return Task.FromResult<IReadOnlyList<Document>>(documents.OrderBy(d => d.Index).Select(d => d.Document).ToList());
    }

    private static InputKind? Classify(string relative, out string? language)
    {
        language = null;
        var parts = relative.Split('/');
        if (parts.Length == 1 && parts[0] == "site.yml") return InputKind.Settings;
        if (parts.Length == 1 && parts[0] == "topics.yml") return InputKind.Topics;
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
