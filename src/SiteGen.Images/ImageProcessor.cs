using NetVips;
using SiteGen.Content.Model;

namespace SiteGen.Images;

/// <summary>An image libvips could read the header of but not decode (a truncated or damaged file).</summary>
public sealed class ImageProcessingException(string source, string message) : Exception(message)
{
    public string File { get; } = source;
}

/// <summary>One file an image publishes: where it goes under the output folder, and its name in the image's cache folder.</summary>
public sealed record ImageFile(string Destination, string CacheName);

/// <summary>
/// Makes an image's published files with libvips: each width as WebP and in the original format
/// (JPEG for WebP sources), the crops structured data asks for, and the full-size original, all
/// from one decoding; the EXIF orientation applied, every metadata field (EXIF, XMP, IPTC, GPS,
/// ICC) left out. Files go
/// to a cache folder per content hash (<c>.sitegen-cache/images/{hash}/</c>), made once: a later
/// build, or serve, takes them as they are. At most one image per core is processed at a time, so
/// memory stays bounded (one decoded image per core) whatever the number of images.
/// </summary>
public sealed class ImageProcessor(string cacheFolder, string basePath)
{
    private const int JpegQuality = 82, WebpQuality = 78;
    private static readonly SemaphoreSlim Slots = new(Math.Max(1, Environment.ProcessorCount));

    static ImageProcessor()
    {
        // Each image is processed on one thread; several at once keep the cores busy.
        NetVips.Cache.Max = 0;
        NetVips.NetVips.Concurrency = 1;
    }

    public string CacheFolder { get; } = cacheFolder;

    /// <summary>The files <paramref name="image"/> publishes; <paramref name="crops"/> for a lead image.</summary>
    public IReadOnlyList<ImageFile> FilesOf(ImageInfo image, bool crops)
    {
        var files = new List<ImageFile> { new(Destination(image.Url), "original" + Path.GetExtension(image.Url).ToLowerInvariant()) };
        foreach (var width in image.Widths)
        {
            files.Add(new ImageFile(Destination(image.VariantUrl(width, "webp")), $"{width}.webp"));
            files.Add(new ImageFile(Destination(image.VariantUrl(width, image.FallbackExtension)), $"{width}.{image.FallbackExtension}"));
        }
        if (crops)
            foreach (var crop in image.Crops)
                files.Add(new ImageFile(Destination(image.CropUrl(crop)), $"{crop.Width}x{crop.Height}.{image.FallbackExtension}"));
        return files;
    }

    /// <summary>The folder holding every file of <see cref="FilesOf"/>, made now if the cache does not have them all.</summary>
    public string Ensure(ImageInfo image, bool crops, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(CacheFolder, image.Hash);
        var files = FilesOf(image, crops);
        if (files.All(f => File.Exists(Path.Combine(folder, f.CacheName)))) return folder;
        Slots.Wait(cancellationToken);
        try
        {
            Directory.CreateDirectory(folder);
            // Decoded once, upright, then every file is made from memory: a 3000×2000 photo is 18 MB
            // while it is processed, one per core.
            using var source = Image.NewFromFile(image.Source, failOn: Enums.FailOn.Error);
            using var upright = source.Autorot();
            using var decoded = upright.CopyMemory();
            foreach (var file in files)
            {
                var path = Path.Combine(folder, file.CacheName);
                if (File.Exists(path)) continue;
                // Written beside, then renamed: a killed build never leaves half a file in the cache.
                var partial = Path.Combine(folder, $".{Guid.NewGuid():N}{Path.GetExtension(file.CacheName)}");
                try
                {
                    Make(decoded, image, file.CacheName, partial);
                    // Read-only: published files are hard links to these, and no tool should write through them.
                    if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
                    File.Move(partial, path, overwrite: true);
                }
                finally
                {
                    if (File.Exists(partial)) File.Delete(partial);
                }
            }
            return folder;
        }
        catch (VipsException e)
        {
            throw new ImageProcessingException(image.Source,
                $"{image.Url} cannot be decoded ({FirstLine(e.Message)}); the file is damaged or truncated: export it again as JPEG, PNG or WebP.");
        }
        finally
        {
            Slots.Release();
        }
    }

    private static void Make(Image decoded, ImageInfo image, string name, string path)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        if (stem == "original")
        {
            Save(decoded, path, image.Format == ImageFormat.Webp ? "webp" : image.FallbackExtension);
            return;
        }
        var extension = Path.GetExtension(name).TrimStart('.');
        var size = stem.Split('x');
        using var resized = size.Length == 2
            ? decoded.ThumbnailImage(int.Parse(size[0]), height: int.Parse(size[1]), crop: Enums.Interesting.Attention)
            : decoded.ThumbnailImage(int.Parse(stem), height: 10_000_000, size: Enums.Size.Down);
        Save(resized, path, extension);
    }

    private static void Save(Image image, string path, string extension)
    {
        switch (extension)
        {
            // Effort 1: a fifth of the time of effort 3 for files a few percent larger (measured on 1600-wide JPEGs).
            case "webp": image.Webpsave(path, q: WebpQuality, effort: 1, keep: Enums.ForeignKeep.None); break;
            case "png": image.Pngsave(path, compression: 7, keep: Enums.ForeignKeep.None); break;
            // Baseline: progressive encoding took five times as long.
            default: image.Jpegsave(path, q: JpegQuality, optimizeCoding: true, keep: Enums.ForeignKeep.None); break;
        }
    }

    private string Destination(string url) => url.StartsWith(basePath, StringComparison.Ordinal) ? url[basePath.Length..] : url.TrimStart('/');

    private static string FirstLine(string message) => message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "libvips error";
}
