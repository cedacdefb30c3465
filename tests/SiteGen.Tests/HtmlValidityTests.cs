using System.Diagnostics;
using System.Text.Json;

namespace SiteGen.Tests;

/// <summary>The Nu Html Checker (vnu-jar, pinned in package.json, installed by npm ci) finds no error in any page.</summary>
public class HtmlValidityTests
{
    [Fact]
    public async Task Every_page_of_the_sample_site_is_valid_html()
    {
        var jar = Path.Combine(TestSite.RepositoryRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        if (!File.Exists(jar)) Assert.Fail($"{jar} is missing: run 'npm ci' at the repository root ('dotnet test' does when npm is installed).");
        var java = Java();
        if (java is null) Assert.Fail("No Java found: install one (apt-get install -y default-jre-headless, as 'dotnet test' does when run as root on Debian) or set JAVA_HOME.");
        using var folder = new TemporaryFolder();
        (await TestSite.BuildAsync(TestSite.SampleInput, folder.Combine("out"))).Succeeded.ShouldBeTrue();

        var start = new ProcessStartInfo(java, ["-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", folder.Combine("out")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var report = await process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        using var json = JsonDocument.Parse(report);
        json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ShouldBeEmpty();
        Directory.GetFiles(folder.Combine("out"), "*.html", SearchOption.AllDirectories).Length.ShouldBeGreaterThanOrEqualTo(30);
    }

    /// <summary>JAVA_HOME's java, then the first on PATH.</summary>
    private static string? Java()
    {
        if (Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home && File.Exists(Path.Combine(home, "bin", "java")))
            return Path.Combine(home, "bin", "java");
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "java")).FirstOrDefault(File.Exists);
    }
}
