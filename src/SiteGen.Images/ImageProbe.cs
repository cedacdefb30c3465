using NetVips;
using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Images;

/// <summary>
/// Reads what an image is from its header alone, before anything is decoded: its format, its
/// size once its EXIF orientation is applied. Refuses files that are not images the site
/// publishes, and images too large to process (a decompression bomb declares its size here).
/// </summary>
public static class ImageProbe
{
    public const int MaxMegapixels = 60;
    public const long MaxBytes = 100L << 20;

    public sealed record Result(ImageFormat Format, int Width, int Height);

    /// <summary>What is known of a file, or what is wrong with it (kind and a message naming the file as <paramref name="address"/>).</summary>
    public static (Result? Image, DiagnosticKind? Kind, string? Problem) Probe(string file, string address)
    {
        var length = new FileInfo(file).Length;
        if (length > MaxBytes)
            return (null, DiagnosticKind.ImageTooLarge, $"The image {address} is {length >> 20} MB; the limit is {MaxBytes >> 20} MB. Save it at a smaller size or stronger compression.");
        try
        {
            using var image = Image.NewFromFile(file, access: Enums.Access.Sequential);
            var format = FormatOf(image.Get("vips-loader") as string);
            if (format is null)
                return (null, DiagnosticKind.NotAnImage, $"{address} is not a JPEG, PNG, WebP, GIF or SVG image; convert it to one of them.");
            var (width, height) = (image.Width, image.Height);
            if (image.Contains("orientation") && image.Get("orientation") is int orientation && orientation >= 5) (width, height) = (height, width);
            if ((long)width * height > MaxMegapixels * 1_000_000L)
                return (null, DiagnosticKind.ImageTooLarge,
                    $"The image {address} is {width}×{height} pixels ({(long)width * height / 1_000_000} megapixels); the limit is {MaxMegapixels} megapixels. Resize it, for example to 3000 pixels wide, before adding it.");
            return (new Result(format.Value, width, height), null, null);
        }
        catch (VipsException)
        {
            return (null, DiagnosticKind.NotAnImage, $"{address} cannot be read as an image (the file is damaged or not an image); export it again as JPEG, PNG or WebP.");
        }
    }

    private static ImageFormat? FormatOf(string? loader) => loader switch
    {
        "jpegload" => ImageFormat.Jpeg,
        "pngload" => ImageFormat.Png,
        "webpload" => ImageFormat.Webp,
        "gifload" => ImageFormat.Gif,
        "svgload" => ImageFormat.Svg,
        _ => null,
    };
}
