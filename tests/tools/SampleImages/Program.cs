using NetVips;

// The sample site's illustrations: abstract drawings, no data and no text, one per story.
var folder = args.Length > 0 ? args[0] : "input/assets/images";
Directory.CreateDirectory(folder);
const int W = 2400, H = 1350;

Draw("tiktok-shop.jpg", [18, 18, 28], [236, 72, 153], canvas =>
{
    Rect(canvas, 950, 175, 500, 1000, [245, 245, 250]);           // a phone
    Rect(canvas, 985, 240, 430, 800, [37, 244, 238]);              // its screen
    Rect(canvas, 1090, 560, 220, 200, [236, 72, 153]);             // a shopping bag
    Circle(canvas, 1200, 560, 60, [18, 18, 28], fill: false);      // its handle
    Circle(canvas, 1200, 1100, 35, [200, 200, 210]);
});
Draw("amazon-inspire.jpg", [20, 30, 48], [255, 153, 0], canvas =>
{
    for (var i = 0; i < 4; i++) Rect(canvas, 420 + i * 420, 250 + (i % 2) * 120, 360, 720, [240, 240, 240]);
    for (var i = 0; i < 4; i++) Rect(canvas, 450 + i * 420, 290 + (i % 2) * 120, 300, 420, i % 2 == 0 ? [255, 153, 0] : [35, 47, 62]);
});
Draw("partnership.jpg", [15, 23, 42], [56, 189, 248], canvas =>
{
    Circle(canvas, 980, 675, 420, [236, 72, 153]);
    Circle(canvas, 1420, 675, 420, [255, 153, 0]);
    Circle(canvas, 1200, 675, 170, [250, 250, 250]);
});
Draw("us-law.jpg", [30, 27, 75], [129, 140, 248], canvas =>
{
    for (var i = 0; i < 12; i++) Rect(canvas, 300 + i * 150, 900 - i * 45, 110, 200 + i * 45, [199, 210, 254]);
    Rect(canvas, 2090, 150, 24, 1050, [248, 113, 113]);             // the deadline
});
Draw("amazon-tiktok.jpg", [12, 10, 9], [251, 191, 36], canvas =>
{
    Circle(canvas, 700, 675, 300, [255, 153, 0]);
    Circle(canvas, 1700, 675, 300, [37, 244, 238]);
    Rect(canvas, 1000, 645, 400, 60, [250, 250, 250]);              // an arrow's shaft
    for (var i = 0; i < 80; i++) Rect(canvas, 1400 + i, 560 + i, 8, 230 - 2 * i, [250, 250, 250]); // and its head
});
Draw("creators.jpg", [24, 24, 27], [167, 139, 250], canvas =>
{
    int[][] colours = [[236, 72, 153], [37, 244, 238], [255, 153, 0], [167, 243, 208], [250, 250, 250]];
    for (var i = 0; i < 5; i++)
    {
        Circle(canvas, 500 + i * 350, 520, 110, colours[i]);         // heads
        Rect(canvas, 380 + i * 350, 680, 240, 420, colours[i]);       // shoulders
    }
});
Draw("regulators.jpg", [23, 23, 23], [148, 163, 184], canvas =>
{
    Rect(canvas, 1185, 250, 30, 850, [226, 232, 240]);              // the scales' post
    Rect(canvas, 700, 330, 1000, 26, [226, 232, 240]);              // its beam
    Circle(canvas, 760, 760, 200, [255, 153, 0]);
    Circle(canvas, 1640, 700, 200, [37, 244, 238]);
    Rect(canvas, 950, 1100, 500, 50, [226, 232, 240]);
});
Draw("video-to-shop.png", [250, 250, 250], [226, 232, 240], canvas =>
{
    Rect(canvas, 300, 375, 600, 600, [236, 72, 153]);               // a video
    for (var i = 0; i < 150; i++) Rect(canvas, 520 + i, 525 + i, 6, 300 - 2 * i, [250, 250, 250]);
    Rect(canvas, 1000, 645, 400, 60, [100, 116, 139]);
    Rect(canvas, 1500, 375, 600, 600, [255, 153, 0]);               // a shop
    Rect(canvas, 1650, 600, 300, 250, [250, 250, 250]);
});
// The masthead's logo: a thread running through a ring.
using (var logo = Image.Black(512, 512, bands: 3).NewFromImage([37, 99, 235]).Copy(interpretation: Enums.Interpretation.Srgb).Mutate(m =>
{
    Circle(m, 256, 256, 200, [250, 250, 250]);
    Circle(m, 256, 256, 130, [37, 99, 235]);
    Rect(m, 40, 236, 432, 40, [250, 250, 250]);
}))
{
    logo.Pngsave(Path.Combine(folder, "logo.png"), compression: 9, keep: Enums.ForeignKeep.None);
}
return 0;

void Draw(string name, int[] background, int[] accent, Action<MutableImage> paint)
{
    using var x = Image.Xyz(W, H);
    using var t = x[0].Linear([1.0 / W], [0.0]);                    // 0 at the left, 1 at the right
    var bands = Enumerable.Range(0, 3).Select(b => t.Linear([0.4 * (accent[b] - background[b])], [background[b] * 1.0])).ToArray();
    using var canvas = bands[0].Bandjoin(bands[1], bands[2]).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    using var drawn = canvas.Mutate(m => paint(m));
    var path = Path.Combine(folder, name);
    if (name.EndsWith(".png")) drawn.Pngsave(path, compression: 9, keep: Enums.ForeignKeep.None);
    else drawn.Jpegsave(path, q: 88, keep: Enums.ForeignKeep.None);
    Console.WriteLine($"{path}: {new FileInfo(path).Length / 1024} KB");
}

static void Rect(MutableImage canvas, int left, int top, int width, int height, int[] colour) =>
    canvas.DrawRect(colour.Select(c => (double)c).ToArray(), left, top, width, height, fill: true);

static void Circle(MutableImage canvas, int cx, int cy, int radius, int[] colour, bool fill = true) =>
    canvas.DrawCircle(colour.Select(c => (double)c).ToArray(), cx, cy, radius, fill: fill);
