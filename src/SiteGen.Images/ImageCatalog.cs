using System.Collections.Concurrent;
using System.IO.Hashing;
using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Images;

/// <summary>
/// What probing each image file gave, kept while the file keeps its length and time: serve keeps
/// one from build to build, so an unchanged image is neither read nor hashed again and keeps its
/// very <see cref="ImageInfo"/> object (pages made from it are known to be unchanged).
/// </summary>
public sealed class ImageProbes
{
    internal ConcurrentDictionary<string, (long Length, DateTime Modified, string BasePath, ImageLookup Lookup)> Known { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The images under <c>input/assets/</c>, by the address an editor writes: <c>/assets/images/a.jpg</c>,
/// or with the site's base path (<c>/news/assets/images/a.jpg</c>); percent-escapes decoded, a
/// query or fragment ignored. JPEG, PNG and WebP files are processed (resized, metadata left out);
/// GIF and SVG files are published as they are, and probed only for their size when shown. Only files of the input listing are
/// found, so nothing outside <c>input/assets/</c> (through <c>..</c> or a link) can be.
/// </summary>
public sealed class ImageCatalog : IImageCatalog
{
    /// <summary>Changes every resized file's name when processing changes (sizes, quality, formats).</summary>
    public const string ProcessingVersion = "p2";

    public static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg"];

    /// <summary>The files processed rather than copied.</summary>
    public static readonly string[] ProcessedExtensions = [".jpg", ".jpeg", ".png", ".webp"];

    private readonly IReadOnlyDictionary<string, string> _files;
    private readonly string _basePath;
    private readonly ImageProbes _probes;

    /// <param name="assets">Each asset's path under the output folder (<c>assets/images/a.jpg</c>) and its file.</param>
    /// <param name="basePath">The site's base path, which starts every image's URL (<c>/</c> or <c>/news/</c>).</param>
    public ImageCatalog(IEnumerable<(string Destination, string File)> assets, string basePath, ImageProbes? probes = null)
    {
        _files = assets.Where(a => IsImage(a.Destination)).ToDictionary(a => a.Destination, a => a.File, StringComparer.Ordinal);
        _basePath = basePath;
        _probes = probes ?? new ImageProbes();
    }

    public static bool IsImage(string path) => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public static bool IsProcessed(string path) => ProcessedExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every image file of the input that is processed (JPEG, PNG, WebP), probed.</summary>
    public IEnumerable<(string Destination, string File, ImageLookup Lookup)> Processed() =>
        _files.Where(f => IsProcessed(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value, Lookup(f.Key, f.Value)));

    public ImageLookup? Find(string address)
    {
        if (_basePath.Length > 1 && address.StartsWith(_basePath + "assets/", StringComparison.Ordinal)) address = address[(_basePath.Length - 1)..];
        if (!address.StartsWith("/assets/", StringComparison.Ordinal)) return null;
        var path = address.Split('?', '#')[0];
        try { path = Uri.UnescapeDataString(path); }
        catch (UriFormatException) { }
        var segments = path.TrimStart('/').Split('/');
        if (segments.Any(s => s is ".." or "." || s.Contains('\\')))
            return new ImageLookup(null, DiagnosticKind.ImageOutsideAssets,
                $"The address {address} leaves input/assets/; write the image's address from the site's root, for example /assets/images/{segments[^1]}.");
        var destination = string.Join('/', segments);
        if (!IsImage(destination))
            return new ImageLookup(null, DiagnosticKind.NotAnImage, $"{address} is not a JPEG, PNG, WebP, GIF or SVG image; convert it to one of them.");
        if (!_files.TryGetValue(destination, out var file))
            return new ImageLookup(null, DiagnosticKind.ImageNotFound,
                $"There is no file input/{destination}; add it there, or correct the address{Suggestion(destination)}.");
        return Lookup(destination, file);
    }

    /// <summary>Whether <paramref name="image"/> is what its address gives now (same file, same bytes, same base path).</summary>
    public bool IsCurrent(ImageInfo image) =>
        image.Url.StartsWith(_basePath, StringComparison.Ordinal)
        && _files.TryGetValue(image.Url[_basePath.Length..], out var file)
        && Lookup(image.Url[_basePath.Length..], file).Image == image;

    /// <summary>The image's record as of now: the same object while its file does not change.</summary>
    public ImageLookup Lookup(string destination, string file)
    {
        var info = new FileInfo(file);
        if (_probes.Known.TryGetValue(file, out var known) && known.Length == info.Length && known.Modified == info.LastWriteTimeUtc && known.BasePath == _basePath)
            return known.Lookup;
        var address = "/" + destination;
        var (probe, kind, problem) = ImageProbe.Probe(file, address);
        var lookup = probe is null
            ? new ImageLookup(null, kind, problem)
            : new ImageLookup(new ImageInfo(_basePath + destination, file, probe.Width, probe.Height, Hash(file), probe.Format), null, null);
        _probes.Known[file] = (info.Length, info.LastWriteTimeUtc, _basePath, lookup);
        return lookup;
    }

    private static string Hash(string file)
    {
        var hash = new XxHash128();
        using (var stream = File.OpenRead(file)) hash.Append(stream);
        hash.Append(System.Text.Encoding.ASCII.GetBytes(ProcessingVersion));
        return Convert.ToHexStringLower(hash.GetCurrentHash())[..16];
    }

    /// <summary>" (did you mean /assets/…?)" naming the image whose address is nearest, when one is near.</summary>
    private string Suggestion(string destination) =>
        KeySuggestion.Nearest(destination, _files.Keys) is { } nearest ? $" (did you mean /{nearest}?)" : "";
}
