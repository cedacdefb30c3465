using SiteGen.Content.Aggregates;
using SiteGen.Content.Model;
using SiteGen.Documents;
using SiteGen.Incremental;
using SiteGen.Pipeline;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pages;

/// <summary>What a page kind works from: the content index, the theme, page heads, the render caches and the image processor of one build.</summary>
internal sealed record SiteContext(SiteIndex Index, ThemeContext Theme, PageHeads Heads, RenderCache Cache, IExecutionContext Execution,
    SiteGen.Images.ImageProcessor Images)
{
    public SiteContent Content => Index.Content;
    public SiteUrls Urls => Index.Content.Urls;

    /// <summary>The page at <paramref name="url"/>: <typeparamref name="TComponent"/> showing <paramref name="model"/>.</summary>
    public Document Page<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(PageRequest.Kept)] TComponent, TModel>(string url, TModel model)
        where TComponent : PageComponent<TModel> where TModel : IPageModel
    {
        var destination = Urls.FileOf(url);
        return new Document(null, destination).With(Keys.Page, PageRequest.For<TComponent, TModel>(destination, Theme, model));
    }

    public Document Text(string url, string text) => new(null, Urls.FileOf(url), text);

    /// <summary>
    /// A text file made only when needed: the incremental layer makes it again only when the
    /// <paramref name="inputs"/> it is made from changed since the last build.
    /// </summary>
    public Document Text(string url, Func<string> make, params object?[] inputs) =>
        Data(url, bytes => System.Text.EncodingExtensions.GetBytes(System.Text.Encoding.UTF8, make().AsSpan(), bytes), () => inputs);

    /// <summary>Like <see cref="Text(string, Func{string}, object?[])"/>, for a file its maker writes as UTF-8 bytes.</summary>
    public Document Utf8(string url, Action<System.Buffers.IBufferWriter<byte>> write, params object?[] inputs) => Data(url, write, () => inputs);

    /// <summary>Like <see cref="Text(string, Func{string}, object?[])"/>, for a file made as UTF-8 bytes, from inputs worked out only when compared.</summary>
    public Document Data(string url, Action<System.Buffers.IBufferWriter<byte>> write, Func<object?> inputs) =>
        new Document(null, Urls.FileOf(url)).With(Keys.LazyText, new LazyText(write, () => [Content.SettingsVersion, inputs()]));
}
