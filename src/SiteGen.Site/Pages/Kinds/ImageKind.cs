using SiteGen.Documents;
using SiteGen.Incremental;
using SiteGen.Pipeline;

namespace SiteGen.Pages.Kinds;

/// <summary>
/// The files of every image under input/assets/: its resized WebP and fallback files, the crops
/// of a lead image, and the original without its metadata. One group per image, made from the
/// image's record (the same object while its bytes do not change): serve copies again only the
/// files of an image that changed. Each file is made when it is written, on every core, from the
/// image cache (<see cref="SiteGen.Images.ImageProcessor"/>).
/// </summary>
internal sealed class ImageKind : PageKind
{
    public override string Name => "Images";

    public override IEnumerable<PageGroup> Groups(SiteContext site)
    {
        var leads = site.Content.LeadImages;
        foreach (var image in site.Content.Images)
        {
            var crops = leads.Contains(image);
            yield return new PageGroup("image:" + image.Source, new PageInputs(image, crops), () =>
            {
                var folder = new Lazy<string>(() => site.Images.Ensure(image, crops, site.Execution.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
                return site.Images.FilesOf(image, crops).Select(file => new Document(image.Source, file.Destination)
                    .With(Keys.Produced, (Func<string>)(() => Path.Combine(folder.Value, file.CacheName))));
            });
        }
    }
}
