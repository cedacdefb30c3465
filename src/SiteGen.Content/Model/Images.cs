namespace SiteGen.Content.Model;

/// <summary>The image formats the site publishes. JPEG, PNG and WebP are resized; GIF and SVG are published as they are.</summary>
public enum ImageFormat { Jpeg, Png, Webp, Gif, Svg }

/// <summary>
/// An image under <c>input/assets/</c> as the site publishes it: its address, its size once its
/// orientation is applied, and a hash of its bytes, which names its resized files so hosts may
/// cache them forever. Equal records are the same bytes at the same address.
/// </summary>
/// <param name="Url">Its root-relative address with the site's base path, as written under assets/ (<c>/news/assets/images/a.jpg</c>).</param>
/// <param name="Source">The file under input/assets/.</param>
public sealed record ImageInfo(string Url, string Source, int Width, int Height, string Hash, ImageFormat Format)
{
    /// <summary>The widths resized files are made at: never wider than the image.</summary>
    public static readonly IReadOnlyList<int> StandardWidths = [480, 800, 1200, 1600];

    /// <summary>The width social cards and feeds use.</summary>
    public const int CardWidth = 1200;

    /// <summary>Whether the image gets resized files (JPEG, PNG, WebP) or is published as it is (GIF, SVG).</summary>
    public bool Responsive => Format is ImageFormat.Jpeg or ImageFormat.Png or ImageFormat.Webp;

    /// <summary>The widths of its resized files, narrowest first; the image's own width when it is narrower than them all.</summary>
    public IReadOnlyList<int> Widths => !Responsive ? [Width]
        : StandardWidths.Where(w => w <= Width).DefaultIfEmpty(Width).ToList();

    /// <summary>The extension of the fallback files: PNG keeps its transparency; JPEG and WebP sources fall back to JPEG.</summary>
    public string FallbackExtension => Format == ImageFormat.Png ? "png" : "jpg";

    public string FallbackType => Format == ImageFormat.Png ? "image/png" : "image/jpeg";

    public int HeightAt(int width) => Math.Max(1, (int)Math.Round(Height * (double)width / Width, MidpointRounding.AwayFromZero));

    /// <summary>The address of a resized file: <c>name.{hash}.{width}.{extension}</c> beside the original's address.</summary>
    public string VariantUrl(int width, string extension) => $"{Stem}.{Hash}.{width}.{extension}";

    /// <summary>The address of a crop to an aspect ratio, for structured data: <c>name.{hash}.{width}x{height}.jpg</c>.</summary>
    public string CropUrl(ImageCrop crop) => $"{Stem}.{Hash}.{crop.Width}x{crop.Height}.{FallbackExtension}";

    /// <summary>The widest of <see cref="Widths"/> at most <paramref name="max"/> wide (the narrowest when none is).</summary>
    public int WidthAtMost(int max) => Widths.Where(w => w <= max).DefaultIfEmpty(Widths[0]).Max();

    /// <summary>The fallback file at most <paramref name="max"/> wide; the image itself when it is not resized.</summary>
    public string UrlAtMost(int max) => Responsive ? VariantUrl(WidthAtMost(max), FallbackExtension) : Url;

    /// <summary>The widest file at most <see cref="CardWidth"/> wide: for Open Graph and feeds.</summary>
    public int CardFileWidth => WidthAtMost(CardWidth);

    public string CardUrl => UrlAtMost(CardWidth);

    /// <summary>The 16:9, 4:3 and 1:1 crops Google asks for in an article's structured data, each at most 1200 wide.</summary>
    public IReadOnlyList<ImageCrop> Crops => !Responsive ? [] : [Crop(16, 9), Crop(4, 3), Crop(1, 1)];

    private ImageCrop Crop(int across, int down)
    {
        var width = Math.Min(Width, Height * across / down);
        width = Math.Min(width, CardWidth);
        return new ImageCrop(width, Math.Max(1, width * down / across));
    }

    private string Stem => Url[..Url.LastIndexOf('.')];
}

/// <summary>A crop of an image to a width and height, from its centre of interest.</summary>
public sealed record ImageCrop(int Width, int Height);

/// <summary>An image shown on a page: the file, its text alternative (empty when decorative), its caption (inline HTML) and credit.</summary>
public sealed record Picture(ImageInfo Image, string Alt, string? CaptionHtml, string? Credit);

/// <summary>What looking an image address up gives: the image, or what is wrong with it and its diagnostic kind.</summary>
public sealed record ImageLookup(ImageInfo? Image, SiteGen.Rules.DiagnosticKind? Kind, string? Problem);

/// <summary>The images under input/assets/, looked up by the address an editor writes (<c>/assets/images/a.jpg</c>).</summary>
public interface IImageCatalog
{
    /// <summary>Null when the address is not under <c>/assets/</c> (an external image, left as it is).</summary>
    ImageLookup? Find(string address);

    /// <summary>A catalogue with no image: every assets address is not found.</summary>
    public static readonly IImageCatalog Empty = new EmptyCatalog();

    private sealed class EmptyCatalog : IImageCatalog
    {
        public ImageLookup? Find(string address) => address.StartsWith("/assets/", StringComparison.Ordinal)
            ? new ImageLookup(null, SiteGen.Rules.DiagnosticKind.ImageNotFound, $"There is no file {address} under input/assets/.")
            : null;
    }
}
