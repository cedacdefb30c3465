using SiteGen.Documents;
using SiteGen.Incremental;
using SiteGen.Content.Aggregates;
using SiteGen.Content.Loading;
using SiteGen.Content.Model;
using SiteGen.Pages;
using SiteGen.Pipeline;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pipelines;

/// <summary>The pipelines that make the site, from input files to pages, data and assets in the output folder.</summary>
internal static class SitePipelines
{
    public const string Content = "Content", SiteFiles = "SiteFiles", Redirects = "Redirects", Assets = "Assets";

    /// <summary>
    /// Every kind of page of the site, each registered once: this gives it its pipeline (after
    /// Content), its pages in the sitemap, its reserved sections and its row in the build summary. Adding a kind is a
    /// class in Pages/Kinds/ (with its Razor component and model) and a line here.
    /// </summary>
    public static readonly IReadOnlyList<PageKind> PageKinds =
    [
        new Pages.Kinds.ArticleKind(),
        new Pages.Kinds.HomeKind(),
        new Pages.Kinds.ArchiveKind(),
        new Pages.Kinds.TopicKind(),
        new Pages.Kinds.TimelineKind(),
        new Pages.Kinds.CorrectionsKind(),
        new Pages.Kinds.AuthorKind(),
        new Pages.Kinds.FeedKind(),
        new Pages.Kinds.ImageKind(),
    ];

    /// <param name="memory">What the pipelines may take from earlier builds and keep for later ones; a full build's is fresh.</param>
    /// <param name="themeAssets">A folder to take the theme's assets from instead of those compiled into it (serve, beside the repository's theme/).</param>
    public static IReadOnlyList<Pipeline.Pipeline> Create(string inputFolder, string outputFolder, BuildOptions options, Uri? baseUrl,
        BuildMemory? memory = null, string? themeAssets = null)
    {
        memory ??= BuildMemory.Fresh();
        var output = new OutputWriter(outputFolder, memory.Output);
        var input = memory.Input;
        var caches = memory.Caches;
        var pages = memory.Pages;
        var imageCache = ImageCacheFolder(inputFolder);
        var pageKinds = PageKinds.Select(k => k.Name).ToArray();
        return
        [
            new Pipeline.Pipeline(Content)
                .WithInput(new ReadInputFiles(inputFolder, input))
                .WithProcess(new ParseContent(options, baseUrl, input, paths => PageKinds.SelectMany(k => k.Sections(paths)))),
            .. PageKinds.Select(kind => Aggregate(kind.Name, output, caches, imageCache, site =>
            {
                if (kind is Pages.Kinds.ArticleKind && memory.State is { } state) state.ArticleSite = site;
                return pages.For(kind.Name).Documents(kind.Groups(site), site.Content.SettingsVersion);
            })),
            Aggregate(SiteFiles, output, caches, imageCache, site => DiscoveryFactories.SiteFiles(site, pages.Heads(pageKinds)), pageKinds),
            Aggregate(Redirects, output, caches, imageCache, site => RedirectFactories.Redirects(site, pages.Heads(pageKinds)), pageKinds),
            new Pipeline.Pipeline(Assets)
                .DependsOn(Content)
                .WithProcess(Module.From((_, context) => AssetDocuments(context, themeAssets)))
                .WithOutput(new WriteFiles(output)),
        ];
    }

    /// <summary>A pipeline that makes documents from the whole site's content, and renders or writes them.</summary>
    /// <summary>Where processed images are kept between builds: <c>.sitegen-cache/images/</c> beside the input folder (ignored by git).</summary>
    public static string ImageCacheFolder(string inputFolder) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputFolder).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", ".sitegen-cache", "images");

    private static Pipeline.Pipeline Aggregate(string name, OutputWriter output, RenderCacheStore caches, string imageCache,
        Func<SiteContext, IEnumerable<Document>> factory, params string[] alsoAfter)
    {
        SiteContext? site = null; // made by the process phase, used again by the output phase of the same build
        return new Pipeline.Pipeline(name)
            .DependsOn([Content, .. alsoAfter])
            .WithProcess(Module.From((_, context) =>
            {
                var index = SiteIndexOf(context);
                var cache = caches.For(index.Content.SettingsVersion);
                site = new SiteContext(index, new ThemeContext(index.Content, cache.Markup), new PageHeads(index.Content), cache, context,
                    new SiteGen.Images.ImageProcessor(imageCache, index.Content.Site.BasePath));
                return factory(site).ToList();
            }))
            .WithOutput(Module.FromAsync(async (inputs, context) =>
            {
                await PrepareTimelineEntriesAsync(site, inputs, context.CancellationToken);
                return inputs;
            }), new RenderPages(output), new WriteFiles(output));
    }

    /// <summary>
    /// Timeline entries are rendered once, ahead of the pages that show them, while other pipelines
    /// write their pages: the first pipeline to need them renders them, the others wait for it.
    /// </summary>
    private static async Task PrepareTimelineEntriesAsync(SiteContext? site, IReadOnlyList<Document> pages, CancellationToken cancellationToken)
    {
        if (site is null || !pages.Any(d => d.TryGet<PageRequest>(Keys.Page, out var page) && page.Model is ITimelinePageModel)) return;
        foreach (var language in site.Content.Site.Languages)
            await site.Theme.Markup.PrepareAsync(site.Theme, site.Index[language.Code].Timeline, language.Code, cancellationToken);
    }

    private static SiteIndex SiteIndexOf(IExecutionContext context) =>
        context.OutputsOf(Content).Single(d => d.Metadata.ContainsKey(Keys.Content)).Get<SiteIndex>(Keys.Content);

    private static IReadOnlyList<Document> AssetDocuments(IExecutionContext context, string? themeFolder)
    {
        // JPEG, PNG and WebP images are published by their kind (resized, without metadata), never copied as they are.
        var inputAssets = context.OutputsOf(Content).Where(d => d.TryGet<InputKind>(Keys.Kind, out var kind) && kind == InputKind.Asset
            && !SiteGen.Images.ImageCatalog.IsProcessed(d.Destination!));
        return ThemeAssets(themeFolder).Concat(inputAssets).ToList();
    }

    /// <summary>The theme's stylesheet and scripts: from <paramref name="folder"/> when given and there, else as compiled into the theme.</summary>
    private static IEnumerable<Document> ThemeAssets(string? folder)
    {
        if (folder is not null && Directory.Exists(folder))
        {
            return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(file => new Document(file, "assets/" + Path.GetRelativePath(folder, file).Replace('\\', '/')));
        }
        var theme = typeof(ThemeContext).Assembly;
        return theme.GetManifestResourceNames()
            .Where(n => n.StartsWith("assets/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(theme.GetManifestResourceStream(name)!);
                return new Document(null, name, reader.ReadToEnd());
            });
    }
}
