using Microsoft.Playwright;
using SiteGen.Building;
using SiteGen.Content.Loading;
using SiteGen.Serving;

namespace SiteGen.Browser.Tests;

/// <summary>The sample site built once, served on 127.0.0.1 under its base path, and one headless Chromium.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-browser", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public StaticSiteServer Server { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The Chromium program the tests drive (Lighthouse runs it too).</summary>
    public string Chromium { get; private set; } = "";

    /// <summary>Where screenshots are kept as test artefacts.</summary>
    public static string Artefacts { get; } = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = BrowserLocator.Find(Environment.GetEnvironmentVariable);
        if (chromium is null) Assert.Fail(BrowserLocator.Missing);
        Chromium = chromium;
        // Tests of the look-up itself ask which browser was taken.
        if (Environment.GetEnvironmentVariable("SITEGEN_BROWSER_REPORT") is { Length: > 0 } taken) File.WriteAllText(taken, chromium);
        var input = Path.Combine(RepositoryRoot(), "input");
        var output = Path.Combine(_folder, "output");
        // Search indexed in parts of two pages, joined as a large site's are (a part holds up to 2,500): the search tests then
        // drive Pagefind's own script over a joined bundle.
        var report = await SiteBuilder.BuildAsync(new BuildRequest(input, output, null, new BuildOptions(DateTimeOffset.UtcNow)));
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        Server = await StaticSiteServer.StartAsync(output, report.Index!.Content.Site.BasePath);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumFlags });
        Directory.CreateDirectory(Artefacts);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "SiteGen.sln"))) return folder.FullName;
        throw new InvalidOperationException("SiteGen.sln not found above the test assembly.");
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
