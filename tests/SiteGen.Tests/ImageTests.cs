using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text.RegularExpressions;
using NetVips;

namespace SiteGen.Tests;

/// <summary>
/// Images as readers and editors meet them: every published file upright and without metadata,
/// never upscaled, its size on the page; bad images as located errors with nothing written; the
/// cache reused by the next build.
/// </summary>
public partial class ImageTests
{
    private const string ArticlePath = "fr/articles/avec-photo.md";

    private static string ArticleWith(string image, string body = "Un texte.") =>
        $"---\ntitle: Un article illustré\ndate: 2024-10-01\ntopics: [tiktok]\n{image}---\n{body}\n";

    private const string LeadImage = "image:\n  src: /assets/images/terrain.jpg\n  alt: Une photo prise sur le terrain\n  credit: Photo La rédaction\n";

    /// <summary>A 640×480 JPEG whose EXIF says: rotate 90° to show it, taken by a named camera at a GPS position.</summary>
    private static void WritePhotoWithGps(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var gradient = Image.Xyz(640, 480)[0].Linear([0.4], [20.0]);
        using var photo = gradient.Bandjoin(gradient, gradient).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using var tagged = photo.Mutate(m =>
        {
            m.Set(GValue.GStrType, "exif-ifd0-Make", "NewsroomCam");
            m.Set(GValue.GStrType, "exif-ifd0-Artist", "Jeanne Reporter");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "48/1 51/1 24/1");
            m.Set(GValue.GIntType, "orientation", 6);
        });
        tagged.Jpegsave(path, keep: Enums.ForeignKeep.All);
        using var check = Image.NewFromFile(path);
        check.GetFields().ShouldContain("exif-ifd3-GPSLatitude", "the fixture itself carries a GPS position");
    }

    [Fact]
    public async Task Every_published_file_of_a_photo_is_upright_never_upscaled_and_carries_no_metadata()
    {
        using var site = TestSite.CopyOfSample();
        WritePhotoWithGps(site.Combine("input", "assets", "images", "terrain.jpg"));
        File.WriteAllText(site.Combine("input", ArticlePath), ArticleWith(LeadImage));

        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("output"));

        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        var files = Directory.GetFiles(site.Combine("output", "assets", "images"), "terrain*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var hash = Regex.Match(files.First(f => f!.Contains('.') && f.Split('.').Length > 2)!, @"terrain\.([0-9a-f]{16})\.").Groups[1].Value;
        // 480 pixels wide once upright: one width only, never blown up to 800 or more.
        files.ShouldBe([$"terrain.{hash}.480.jpg", $"terrain.{hash}.480.webp", $"terrain.{hash}.480x270.jpg", $"terrain.{hash}.480x360.jpg", $"terrain.{hash}.480x480.jpg", "terrain.jpg"]);
        foreach (var file in files)
        {
            var path = site.Combine("output", "assets", "images", file!);
            using var image = Image.NewFromFile(path);
            image.GetFields().Where(f => f.StartsWith("exif-", StringComparison.Ordinal) || f is "xmp-data" or "iptc-data" or "icc-profile-data")
                .ShouldBeEmpty(file);
            (image.Contains("orientation") ? (int)image.Get("orientation") : 1).ShouldBe(1, file);
            var bytes = File.ReadAllBytes(path);
            foreach (var secret in new[] { "NewsroomCam", "Jeanne Reporter", "Exif" })
                System.Text.Encoding.ASCII.GetString(bytes).ShouldNotContain(secret, customMessage: file);
        }
        using (var original = Image.NewFromFile(site.Combine("output", "assets", "images", "terrain.jpg")))
            (original.Width, original.Height).ShouldBe((480, 640));

        var page = File.ReadAllText(site.Combine("output", "fr", "articles", "avec-photo", "index.html"));
        page.ShouldContain($"width=\"480\" height=\"640\" alt=\"Une photo prise sur le terrain\" fetchpriority=\"high\"");
        page.ShouldContain($"<meta property=\"og:image\" content=\"https://example.org/news/assets/images/terrain.{hash}.480.jpg\"");
        page.ShouldContain("<span class=\"credit\">Photo La rédaction</span>");
    }

    [Fact]
    public async Task A_second_build_takes_the_processed_files_from_the_cache_and_new_bytes_get_new_names()
    {
        using var site = TestSite.CopyOfSample();
        var photo = site.Combine("input", "assets", "images", "terrain.jpg");
        WritePhotoWithGps(photo);
        File.WriteAllText(site.Combine("input", ArticlePath), ArticleWith(LeadImage));
        (await TestSite.BuildAsync(site.Combine("input"), site.Combine("first"))).Succeeded.ShouldBeTrue();
        var cache = site.Combine(".sitegen-cache", "images");
        var cached = Directory.GetFiles(cache, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        cached.Count.ShouldBeGreaterThan(80, "every image of the sample and the photo");

        (await TestSite.BuildAsync(site.Combine("input"), site.Combine("second"))).Succeeded.ShouldBeTrue();

        Directory.GetFiles(cache, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc).ShouldBe(cached, "nothing processed again");
        TestSite.Tree(site.Combine("second")).ShouldBe(TestSite.Tree(site.Combine("first")));

        using (var flipped = Image.NewFromFile(photo)) using (var other = flipped.FlipHor()) other.Jpegsave(photo + ".new.jpg");
        File.Move(photo + ".new.jpg", photo, overwrite: true);
        (await TestSite.BuildAsync(site.Combine("input"), site.Combine("third"))).Succeeded.ShouldBeTrue();
        var before = Directory.GetFiles(site.Combine("first", "assets", "images"), "terrain.*.480.jpg").Single();
        var after = Directory.GetFiles(site.Combine("third", "assets", "images"), "terrain.*.480.jpg").Single();
        Path.GetFileName(after).ShouldNotBe(Path.GetFileName(before));
    }

    /// <summary>A PNG that declares 100,000 × 100,000 pixels in a few bytes, as a decompression bomb does.</summary>
    private static byte[] PngBomb()
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 100_000);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 100_000);
        header[8] = 8; header[9] = 2; // 8 bits, RGB
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(png, "IEND", []);
        return png.ToArray();

        static void Chunk(Stream png, string type, byte[] data)
        {
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
            png.Write(length);
            var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            png.Write(typed);
            var crc = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typed));
            png.Write(crc);
        }
    }

    public static TheoryData<string, string, string, int, int, string> BadImages => new()
    {
        { "missing file", "image:\n  src: /assets/images/terain.jpg\n  alt: Une photo\n", "", 6, 8, "SG0601: There is no file input/assets/images/terain.jpg; add it there, or correct the address (did you mean /assets/images/terrain.jpg?)." },
        { "not an image", "image:\n  src: /assets/images/faux.jpg\n  alt: Une photo\n", "", 6, 8, "SG0602: /assets/images/faux.jpg cannot be read as an image" },
        { "decompression bomb", "image:\n  src: /assets/images/bombe.png\n  alt: Une photo\n", "", 6, 8, "SG0603: The image /assets/images/bombe.png is 100000×100000 pixels (10000 megapixels); the limit is 60 megapixels." },
        { "leaves assets", "image:\n  src: /assets/../site.yml\n  alt: Une photo\n", "", 6, 8, "SG0604: The address /assets/../site.yml leaves input/assets/" },
        { "external", "image:\n  src: https://example.com/a.jpg\n  alt: Une photo\n", "", 6, 8, "SG0604: The image 'https://example.com/a.jpg' is not a file of the site" },
        { "no alt", "image:\n  src: /assets/images/terrain.jpg\n", "", 6, 3, "SG0113: This image has no text alternative" },
        { "blank alt", "image:\n  src: /assets/images/terrain.jpg\n  alt: ' '\n", "", 7, 8, "SG0113: This image has no text alternative" },
        { "missing in the body", "", "Voir :\n\n![Une carte](/assets/images/carte.jpg)", 8, 1, "SG0601: There is no file input/assets/images/carte.jpg" },
        { "no alt in the body", "", "Voir :\n\n![](/assets/images/terrain.jpg)", 8, 1, "SG0113: This image has no text alternative; describe what it shows between the brackets" },
    };

    [Theory]
    [MemberData(nameof(BadImages))]
    public async Task A_bad_image_is_a_located_error_and_nothing_is_written(string what, string image, string body, int line, int column, string message)
    {
        using var site = TestSite.CopyOfSample();
        WritePhotoWithGps(site.Combine("input", "assets", "images", "terrain.jpg"));
        File.WriteAllText(site.Combine("input", "assets", "images", "faux.jpg"), "<html>not a photo</html>");
        File.WriteAllBytes(site.Combine("input", "assets", "images", "bombe.png"), PngBomb());
        var article = site.Combine("input", ArticlePath);
        File.WriteAllText(article, ArticleWith(image, body.Length > 0 ? body : "Un texte."));

        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("output"));

        report.Succeeded.ShouldBeFalse(what);
        var errors = report.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        errors.ShouldContain(e => e.StartsWith($"{article}({line},{column}): error {message}", StringComparison.Ordinal), $"{what}:\n{string.Join("\n", errors)}");
        Directory.Exists(site.Combine("output")).ShouldBeFalse(what);
    }

    [Fact]
    public async Task A_damaged_image_no_page_shows_is_an_error_at_the_file()
    {
        using var site = TestSite.CopyOfSample();
        var bomb = site.Combine("input", "assets", "images", "bombe.png");
        Directory.CreateDirectory(Path.GetDirectoryName(bomb)!);
        File.WriteAllBytes(bomb, PngBomb());

        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("output"));

        report.Succeeded.ShouldBeFalse();
        report.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ShouldHaveSingleItem().ShouldStartWith($"{bomb}(1,1): error SG0603:");
        Directory.Exists(site.Combine("output")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_decorative_image_has_an_empty_alt_and_an_svg_is_published_as_it_is()
    {
        using var site = TestSite.CopyOfSample();
        WritePhotoWithGps(site.Combine("input", "assets", "images", "terrain.jpg"));
        File.WriteAllText(site.Combine("input", "assets", "images", "logo.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\"><script>alert(1)</script><rect width=\"120\" height=\"40\"/></svg>");
        File.WriteAllText(site.Combine("input", ArticlePath), ArticleWith("image:\n  src: /assets/images/terrain.jpg\n  decorative: true\n",
            "Le logo : ![Le logo du journal](/assets/images/logo.svg)"));

        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("output"));

        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        var page = File.ReadAllText(site.Combine("output", "fr", "articles", "avec-photo", "index.html"));
        page.ShouldContain("width=\"480\" height=\"640\" alt=\"\" fetchpriority=\"high\"");
        page.ShouldNotContain("og:image:alt");
        // Through <img> only, never inlined: a script in an SVG cannot run.
        page.ShouldContain("<img src=\"/news/assets/images/logo.svg\" width=\"120\" height=\"40\" alt=\"Le logo du journal\" loading=\"lazy\" decoding=\"async\">");
        page.ShouldNotContain("<svg");
        File.Exists(site.Combine("output", "assets", "images", "logo.svg")).ShouldBeTrue();
    }

    [Fact]
    public async Task The_logo_of_site_yml_is_on_the_masthead_and_is_the_publisher_logo_and_a_wrong_one_is_located()
    {
        using var site = TestSite.CopyOfSample();
        (await TestSite.BuildAsync(site.Combine("input"), site.Combine("output"))).Succeeded.ShouldBeTrue();
        var article = File.ReadAllText(site.Combine("output", "fr", "articles", "loi-americaine-tiktok", "index.html"));
        LogoPattern().Match(article).Success.ShouldBeTrue("the masthead shows the logo beside the site's name");
        article.ShouldContain("\"publisher\":{\"@type\":\"Organization\",\"name\":\"Le Fil\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://example.org/news/assets/images/logo.");

        var settings = site.Combine("input", "site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("logo: /assets/images/logo.png", "logo: /assets/images/logos.png"));
        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("again"));

        report.Succeeded.ShouldBeFalse();
        report.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ShouldHaveSingleItem()
            .ShouldBe($"{settings}(4,7): error SG0601: There is no file input/assets/images/logos.png; add it there, or correct the address (did you mean /assets/images/logo.png?).");
    }

    [GeneratedRegex("""<a class="brand" href="/news/fr/"><picture>.*?alt="">\s*</picture>Le Fil</a>""", RegexOptions.Singleline)]
    private static partial Regex LogoPattern();
}
