using SiteGen.Content.Loading;
using SiteGen.Content.Model;
using SiteGen.Pages;
using SiteGen.Pipeline;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pipelines;

/// <summary>The pipelines that make the site, from input files to pages and assets in the output folder.</summary>
internal static class SitePipelines
{
    public const string Content = "Content", Articles = "Articles", Homes = "Homes", Assets = "Assets";

    public static IReadOnlyList<Pipeline.Pipeline> Create(string inputFolder, string outputFolder, BuildOptions options, Uri? baseUrl)
    {
        return
        [
            new Pipeline.Pipeline(Content)
                .WithInput(new ReadInputFiles(inputFolder))
                .WithProcess(new ParseContent(options, baseUrl)),
            PagePipeline(Articles, outputFolder, (content, theme, heads) =>
                content.AllArticles.Select(article => Page(content.Urls.Article(article), typeof(ArticlePage), content,
                    ("Theme", theme), ("Head", heads.Article(article)), ("Article", article)))),
            PagePipeline(Homes, outputFolder, (content, theme, heads) =>
                content.Site.Languages.Select(language => Page(content.Urls.Home(language.Code), typeof(HomePage), content,
                        ("Theme", theme), ("Head", heads.Home(language.Code)),
                        ("Articles", content.ArticlesIn(language.Code).Take(content.Site.PageSize).ToList())))
                    .Append(Page(content.Urls.Root, typeof(LanguageChooserPage), content, ("Theme", theme)))),
            new Pipeline.Pipeline(Assets)
                .DependsOn(Content)
                .WithProcess(Module.From((_, context) => AssetDocuments(context)))
                .WithOutput(new WriteFiles(outputFolder)),
        ];
    }

    private delegate IEnumerable<Document> PageFactory(SiteContent content, ThemeContext theme, PageHeads heads);

    private static Pipeline.Pipeline PagePipeline(string name, string outputFolder, PageFactory pages) =>
        new Pipeline.Pipeline(name)
            .DependsOn(Content)
            .WithProcess(Module.From((_, context) =>
            {
                var content = SiteContentOf(context);
                return pages(content, new ThemeContext(content), new PageHeads(content)).ToList();
            }))
            .WithOutput(new RenderPages(outputFolder));

    private static Document Page(string url, Type component, SiteContent content, params (string Name, object? Value)[] parameters)
    {
        var destination = content.Urls.FileOf(url);
        var request = new PageRequest(destination, component, parameters.ToDictionary(p => p.Name, p => p.Value));
        return new Document(null, destination).With(Keys.Page, request);
    }

    private static SiteContent SiteContentOf(IExecutionContext context) =>
        context.OutputsOf(Content).Single(d => d.Metadata.ContainsKey(Keys.Content)).Get<SiteContent>(Keys.Content);

    private static IReadOnlyList<Document> AssetDocuments(IExecutionContext context)
    {
        var theme = typeof(ThemeContext).Assembly;
        var themeAssets = theme.GetManifestResourceNames()
            .Where(n => n.StartsWith("assets/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(theme.GetManifestResourceStream(name)!);
                return new Document(null, name, reader.ReadToEnd());
            });
        var inputAssets = context.OutputsOf(Content).Where(d => d.TryGet<InputKind>(Keys.Kind, out var kind) && kind == InputKind.Asset);
        return themeAssets.Concat(inputAssets).ToList();
    }
}
