using System.Diagnostics;

namespace SiteGen.Browser.Tests;

/// <summary>The browser is found as tools in this field find it, not only at Debian's path.</summary>
public class BrowserLookupTests
{
    [Fact]
    public void The_variables_come_first_then_the_usual_names_on_path()
    {
        using var folder = new Folder();
        var chrome = folder.File("bin/google-chrome-stable");
        var chromium = folder.File("other/chromium");
        var pinned = folder.File("pinned/my-chrome");
        string? Env(Dictionary<string, string> values, string name) => values.GetValueOrDefault(name);

        BrowserLocator.Find(name => Env(new() { ["PATH"] = $"{folder.Path}/bin:{folder.Path}/other" }, name)).ShouldBe(chromium);
        BrowserLocator.Find(name => Env(new() { ["PATH"] = $"{folder.Path}/bin" }, name)).ShouldBe(chrome);
        BrowserLocator.Find(name => Env(new() { ["PATH"] = $"{folder.Path}/other", ["PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH"] = pinned }, name)).ShouldBe(pinned);
        BrowserLocator.Find(name => Env(new() { ["PATH"] = $"{folder.Path}/other", ["CHROME_PATH"] = pinned, ["PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH"] = chromium }, name)).ShouldBe(pinned);
        BrowserLocator.Find(name => Env(new() { ["PATH"] = "", ["CHROME_PATH"] = folder.Path + "/missing" }, name)).ShouldBeNull();
    }

    /// <summary>
    /// The reader journey, run in a test process of its own whose PATH holds only dotnet: the only
    /// browser it can find is a link in a temporary folder named by CHROME_PATH.
    /// </summary>
    [Fact]
    public async Task The_browser_tests_run_with_chromium_found_only_through_CHROME_PATH()
    {
        if (Environment.GetEnvironmentVariable("SITEGEN_BROWSER_REPORT") is not null) return; // the child run itself
        var installed = BrowserLocator.Find(Environment.GetEnvironmentVariable);
        if (installed is null) Assert.Fail(BrowserLocator.Missing);
        using var folder = new Folder();
        var link = Path.Combine(folder.Path, "browsers", "chrome-for-tests");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, installed);
        var bin = Path.Combine(folder.Path, "bin");
        Directory.CreateDirectory(bin);
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "/usr/bin/dotnet";
        File.CreateSymbolicLink(Path.Combine(bin, "dotnet"), dotnet);
        // Pagefind (the fixture's build indexes the site) runs on Node.
        if (OnPath("node") is { } node) File.CreateSymbolicLink(Path.Combine(bin, "node"), node);
        var report = Path.Combine(folder.Path, "browser.txt");
        var project = Path.Combine(BrowserFixture.RepositoryRoot(), "tests", "SiteGen.Browser.Tests", "SiteGen.Browser.Tests.csproj");
        var start = new ProcessStartInfo(Path.Combine(bin, "dotnet"),
            ["test", project, "--no-build", "-c", Configuration, "-p:TestTools=", "--filter", "FullyQualifiedName~ReaderJourneyTests"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = bin;
        start.Environment["CHROME_PATH"] = link;
        start.Environment.Remove("PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH");
        start.Environment["SITEGEN_BROWSER_REPORT"] = report;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(hang.Token);

        process.ExitCode.ShouldBe(0, await output + errors);
        (await output).ShouldContain("Passed!");
        File.ReadAllText(report).ShouldBe(link);
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private sealed class Folder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitegen-browser-lookup", Guid.NewGuid().ToString("N"));

        public string File(string relative)
        {
            var path = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllText(path, "");
            return path;
        }

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
        }
    }
}
