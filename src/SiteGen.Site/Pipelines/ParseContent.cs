using SiteGen.Documents;
using SiteGen.Content.Aggregates;
using SiteGen.Content.Loading;
using SiteGen.Content.Markdown;
using SiteGen.Content.Model;
using SiteGen.Pipeline;
using SiteGen.Rules;

namespace SiteGen.Pipelines;

/// <summary>
/// Binds the settings and the topics, then every article on every core, then checks the rules
/// across files; yields one document carrying the whole <see cref="SiteContent"/>. A static page's
/// slug may not be one of the <paramref name="sections"/> the page kinds take.
/// </summary>
internal sealed class ParseContent(BuildOptions options, Uri? baseUrlOverride, SiteGen.Incremental.IInputMemory memory,
    Func<LanguagePaths, IEnumerable<string>> sections) : IModule
{
    private readonly MarkdownRenderer _markdown = new();

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var diagnostics = new List<Diagnostic>();
        var settingsFile = inputs.FirstOrDefault(d => d.Get<InputKind>(Keys.Kind) == InputKind.Settings);
        var topicsFile = inputs.FirstOrDefault(d => d.Get<InputKind>(Keys.Kind) == InputKind.Topics);
        if (settingsFile is null || topicsFile is null)
        {
            var missing = settingsFile is null ? "site.yml" : "topics.yml";
            context.Report(Diagnostic.Error(DiagnosticKind.MisplacedFile.Id,
                $"The input folder has no {missing}; create input/{missing} as the content format describes.", SourceLocation.None));
            return Done([]);
        }
        var authorsFile = inputs.FirstOrDefault(d => d.Get<InputKind>(Keys.Kind) == InputKind.Authors);
        var (site, topics, authors) = ReadSettings(settingsFile, topicsFile, authorsFile, diagnostics);
        if (site is null || topics is null || authors is null) return Report(diagnostics, context);
        foreach (var language in site.Languages.Where(l => SiteGen.Theme.Strings.For(l.Code) is null))
            diagnostics.Add(DiagnosticKind.LanguageWithoutTheme.At(language.Location.Path, language.Location.Line, language.Location.Column,
                $"The theme has no interface texts in '{language.Code}' (it has them in {string.Join(", ", site.Languages.Select(l => l.Code).Where(c => SiteGen.Theme.Strings.For(c) is not null))}); " +
                $"add theme/i18n/{language.Code}.yml (a copy of en.yml, translated), or remove '{language.Code}' from site.yml."));
        if (diagnostics.Any(d => d.IsError)) return Report(diagnostics, context);

        var assets = inputs.Where(d => d.Get<InputKind>(Keys.Kind) == InputKind.Asset).ToList();
        var images = new SiteGen.Images.ImageCatalog(assets.Select(d => (d.Destination!, d.Source!)), site.BasePath, memory.ImageProbes);
        var reading = new ContentContext(images, site.BasePath, site.RawHtml) { TimeZone = site.TimeZone, Examples = SiteExamples.For(topics.Select(t => t.Id)) };
        var readWith = reading.Key;
        var articleFiles = inputs.Where(d => d.Get<InputKind>(Keys.Kind) == InputKind.Article).ToList();
        var results = new ReadArticle[articleFiles.Count];
        var perFile = new IReadOnlyList<Diagnostic>[articleFiles.Count];
        var reader = new ArticleReader(_markdown);
        var parsed = 0;
        var languages = site.Languages.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        Parallel.For(0, articleFiles.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            var file = articleFiles[i];
            var language = file.Get<string>(Keys.Language);
            if (!languages.Contains(language))
            {
                perFile[i] = [DiagnosticKind.UnknownLanguage.At(file.Source!, 1, 1,
                    $"'{language}' is not a language of site.yml; move the article under one of {string.Join(", ", languages.Select(l => $"input/{l}/articles/"))}, or add '{language}' to site.yml.")];
                return;
            }
            var cached = file.TryGet<SiteGen.Incremental.CachedArticle>(Keys.Cached, out var known) ? known : null;
            if (cached is not null && cached.ReadWith == readWith && ImagesCurrent(cached, images))
            {
                results[i] = cached.Read;
                perFile[i] = cached.Diagnostics;
                return;
            }
            var found = new List<Diagnostic>();
            // A kept parse whose images changed is read again: its bytes were not kept.
            var bytes = cached is null ? file.Get<byte[]>(Keys.Bytes) : File.ReadAllBytes(file.Source!);
            results[i] = reader.Read(file.Source!, bytes, language, found, reading);
            Interlocked.Increment(ref parsed);
            perFile[i] = found;
            memory.Parsed(file, results[i], found, readWith);
        });
        memory.CountParsed(parsed);
        memory.ReadWith(reading, _markdown);
        foreach (var list in perFile) diagnostics.AddRange(list);

        var read = results.Where(r => r is not null).ToList();
        var facts = read.Select(r => r.Facts).OfType<ArticleFacts>().ToList();
        CrossFileRules.Check(facts, topics.Select(t => t.Id).ToList(), diagnostics);
        if (authorsFile is not null) AuthorCatalogRules.CheckBylines(facts, authors.Select(a => a.Id).ToList(), diagnostics);
        authors = AuthorPortraits.Resolve(authors, site.DefaultLanguage, _markdown, reading, diagnostics);
        var pages = ReadPages(inputs, site, languages, diagnostics, reading);
        var logo = site.Logo is { } written ? LogoOf(written.Src, written.Location, images, diagnostics) : null;
        var icon = site.Icon is { } iconWritten ? IconOf(iconWritten.Src, iconWritten.Location, images, diagnostics) : null;
        var published = new List<ImageInfo>();
        foreach (var (_, file, lookup) in images.Processed())
        {
            if (lookup.Image is { } image) published.Add(image);
            else diagnostics.Add(lookup.Kind!.At(file, 1, 1, lookup.Problem!));
        }
        if (diagnostics.Any(d => d.IsError)) return Report(diagnostics, context);

        var all = read.Select(r => r.Article!).ToList();
        var articles = all.Where(options.Publishes).ToList();
        // Most sites link by address: the resolver is made only when some body links to a file.
        if (articles.Any(a => a.SourceLinks.Count > 0) || pages.Any(p => p.SourceLinks.Count > 0))
        {
            var links = new SourceLinkResolver(Path.GetDirectoryName(Path.GetFullPath(settingsFile.Source!))!, site, all,
                articles.ToHashSet<Article>(ReferenceEqualityComparer.Instance), pages);
            articles = articles.Select(a => links.Resolve(a, diagnostics)).ToList();
            pages = pages.Select(p => links.Resolve(p, diagnostics)).ToList();
        }
        var redirects = Redirects.Of(site, articles, pages, path => IsSiteFile(site, path), diagnostics);
        if (diagnostics.Any(d => d.IsError)) return Report(diagnostics, context);
        // Which topics have pages in which language: chips and filters on every page follow it.
        var topicPages = TopicPages(articles);
        var content = new SiteContent(site, topics, articles, pages)
        {
            Authors = authors,
            Images = published,
            Logo = logo,
            Icon = icon,
            Redirects = redirects,
            BuildTime = options.Now,
            NextScheduled = all.Where(a => !a.Draft && a.PublishDate > options.Now && (a.ExpiryDate is not { } expiry || expiry > a.PublishDate))
                .MinBy(a => a.PublishDate),
            SettingsVersion = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
                [.. settingsFile.Get<byte[]>(Keys.Bytes), 0, .. topicsFile.Get<byte[]>(Keys.Bytes), 0, .. AuthorsBytes(authorsFile), 0, .. System.Text.Encoding.UTF8.GetBytes(site.BaseUrl.AbsoluteUri),
                 .. pages.SelectMany(p => System.Text.Encoding.UTF8.GetBytes($"\0{p.Language}\0{p.Slug}\0{p.Title}")),
                 .. System.Text.Encoding.UTF8.GetBytes("\0" + string.Join(',', topicPages)),
                 .. System.Text.Encoding.UTF8.GetBytes("\0" + string.Join(',', site.Languages.Where(l => authors.Count > 0 && articles.Any(a => a.Language == l.Code
                     && a.Authors.Count > 0)).Select(l => l.Code)))])),
        };
        Report(diagnostics, context);
        var index = memory.Index(content).BuildAll();
        return Done([new Document(null, null).With(Keys.Content, index), .. assets]);
    }

    /// <summary>"fr/tiktok" for each language and topic with an article, in order: one string per pair, not per article.</summary>
    private static IEnumerable<string> TopicPages(IReadOnlyList<Article> articles)
    {
        var pairs = new HashSet<(string Language, string Topic)>();
        foreach (var article in articles)
            foreach (var topic in article.Topics) pairs.Add((article.Language, topic));
        return pairs.Select(p => $"{p.Language}/{p.Topic}").Order(StringComparer.Ordinal);
    }

    /// <summary>Whether a path is under the site's assets or search index, where no redirect may go.</summary>
    private static bool IsSiteFile(SiteSettings site, string path) =>
        path.StartsWith(site.BasePath + "assets/", StringComparison.Ordinal) || path.StartsWith(site.BasePath + "pagefind/", StringComparison.Ordinal);

    private static byte[] AuthorsBytes(Document? authorsFile) => authorsFile?.Get<byte[]>(Keys.Bytes) ?? SiteGen.Incremental.SettingsRead.NoFile;

    /// <summary>site.yml, topics.yml and authors.yml (none: no authors); taken again as the memory read them while their files are the same documents.</summary>
    private (SiteSettings? Site, IReadOnlyList<Topic>? Topics, IReadOnlyList<Author>? Authors) ReadSettings(Document settingsFile, Document topicsFile,
        Document? authorsFile, List<Diagnostic> diagnostics)
    {
        var settingsBytes = settingsFile.Get<byte[]>(Keys.Bytes);
        var topicsBytes = topicsFile.Get<byte[]>(Keys.Bytes);
        var authorsBytes = AuthorsBytes(authorsFile);
        if (memory.Settings(settingsBytes, topicsBytes, authorsBytes) is { } known)
        {
            diagnostics.AddRange(known.Diagnostics);
            return (known.Site, known.Topics, known.Authors);
        }
        var found = new List<Diagnostic>();
        var site = SiteFiles.ReadSettings(settingsFile.Source!, settingsBytes, found);
        if (site is not null && baseUrlOverride is not null) site = site.WithBaseUrl(baseUrlOverride);
        var topics = site is null ? null : SiteFiles.ReadTopics(topicsFile.Source!, topicsBytes, site, found);
        var authors = site is null ? null : authorsFile is null ? [] : SiteFiles.ReadAuthors(authorsFile.Source!, authorsBytes, site, found);
        diagnostics.AddRange(found);
        memory.KeepSettings(new SiteGen.Incremental.SettingsRead(settingsBytes, topicsBytes, authorsBytes, site, topics, authors, found));
        return (site, topics, authors);
    }

    /// <summary>The static pages: the article rules for slugs and translation keys, and no slug that is a section's path.</summary>
    /// <summary>
    /// Whether a kept parse still shows the images as they are: each the same file with the same
    /// bytes, and no image error to look at again (the file may have come since).
    /// </summary>
    private static bool ImagesCurrent(SiteGen.Incremental.CachedArticle cached, SiteGen.Images.ImageCatalog images) =>
        !cached.Diagnostics.Any(d => d.Id.StartsWith("SG060", StringComparison.Ordinal))
        && (cached.Read.Article?.Images ?? []).All(images.IsCurrent);

    private static ImageInfo? LogoOf(string src, SourceLocation at, SiteGen.Images.ImageCatalog images, List<Diagnostic> diagnostics)
    {
        var lookup = images.Find(src) ?? new ImageLookup(null, DiagnosticKind.ImageOutsideAssets,
            $"The logo '{src}' is not a file of the site; put it under input/assets/ and write logo: /assets/images/logo.png.");
        if (lookup.Image is null) diagnostics.Add(lookup.Kind!.At(at.Path, at.Line, at.Column, lookup.Problem!));
        return lookup.Image;
    }

    /// <summary>The icon: an image of the site, a square PNG at least 180 pixels wide (what home screens ask for).</summary>
    private static ImageInfo? IconOf(string src, SourceLocation at, SiteGen.Images.ImageCatalog images, List<Diagnostic> diagnostics)
    {
        var lookup = images.Find(src) ?? new ImageLookup(null, DiagnosticKind.ImageOutsideAssets,
            $"The icon '{src}' is not a file of the site; put it under input/assets/ and write icon: /assets/images/icon.png.");
        if (lookup.Image is not { } image)
        {
            diagnostics.Add(lookup.Kind!.At(at.Path, at.Line, at.Column, lookup.Problem!));
            return null;
        }
        if (image.Format != ImageFormat.Png || image.Width != image.Height || image.Width < 180)
        {
            diagnostics.Add(DiagnosticKind.InvalidSiteSetting.At(at.Path, at.Line, at.Column,
                $"The icon '{src}' is a {image.Width}×{image.Height} {image.Format.ToString().ToUpperInvariant()}; an icon is a square PNG of at least 180×180 pixels (512×512 is best)."));
            return null;
        }
        return image;
    }

    private List<StaticPage> ReadPages(IReadOnlyList<Document> inputs, SiteSettings site, HashSet<string> languages, List<Diagnostic> diagnostics,
        ContentContext reading)
    {
        var reader = new StaticPageReader(_markdown);
        var read = inputs.Where(d => d.Get<InputKind>(Keys.Kind) == InputKind.Page)
            .Where(d => languages.Contains(d.Get<string>(Keys.Language)))
            .Select(d => reader.Read(d.Source!, d.Get<byte[]>(Keys.Bytes), d.Get<string>(Keys.Language), diagnostics, reading))
            .ToList();
        var facts = read.Select(r => r.Facts).OfType<ArticleFacts>().ToList();
        CrossFileRules.Check(facts, [], diagnostics);
        foreach (var fact in facts)
        {
            if (sections(site[fact.Language].Paths).Contains(fact.Slug.Value, StringComparer.Ordinal))
                diagnostics.Add(DiagnosticKind.InvalidSlug.At(fact.Path, fact.Slug.Line, fact.Slug.Column,
                    $"The slug '{fact.Slug.Value}' is the path of a section of the site; give this page another slug with slug: …"));
        }
        return read.Select(r => r.Page).OfType<StaticPage>().ToList();
    }

    private static Task<IReadOnlyList<Document>> Report(List<Diagnostic> diagnostics, IExecutionContext context)
    {
        foreach (var diagnostic in diagnostics) context.Report(diagnostic);
        return Done([]);
    }

    private static Task<IReadOnlyList<Document>> Done(IReadOnlyList<Document> documents) => Task.FromResult(documents);
}
