using System.Diagnostics;

namespace SiteGen.Generators.Tests;

/// <summary>
/// The real thing: a copy of the site project with one broken article fails <c>dotnet build</c>
/// with the located content error, and builds once the article is fixed. Slow (two builds).
/// </summary>
public class EndToEndBuildTests
{
    [Fact]
    [Trait("Category", "EndToEnd")]
    public void A_broken_article_fails_dotnet_build_at_its_line_and_a_fixed_one_builds()
    {
        var copy = Path.Combine(Path.GetTempPath(), "sitegen-e2e", Guid.NewGuid().ToString("N"));
        try
        {
            CopySite(GeneratorHarness.RepositoryRoot, copy);
            var article = Path.Combine(copy, "input", "fr", "articles", "loi-americaine-tiktok.md");
            var original = File.ReadAllText(article);
            File.WriteAllText(article, original.Replace("date: 2024-04-26", "date: 2024-02-30"));

            var (failed, output) = Build(copy);

            failed.ShouldNotBe(0, output);
            output.ShouldContain($"{article}(3,7): error SG0103: 'date': '2024-02-30' is impossible: 2024-02 has 29 days.");

            File.WriteAllText(article, original);
            var (succeeded, again) = Build(copy);
            succeeded.ShouldBe(0, again);
        }
        finally
        {
            try { Directory.Delete(copy, recursive: true); } catch (IOException) { }
        }
    }

    private static (int ExitCode, string Output) Build(string folder)
    {
        var start = new ProcessStartInfo("dotnet", ["build", Path.Combine(folder, "src", "SiteGen", "SiteGen.csproj"), "-nodeReuse:false", "-v", "q", "-clp:NoSummary"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(5)).ShouldBeTrue("dotnet build did not finish in 5 minutes");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static void CopySite(string from, string to)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props" })
            CopyFile(Path.Combine(from, file), Path.Combine(to, file));
        // Every project under src/: the program references most of them, and a new one must not be forgotten here.
        var projects = Directory.GetDirectories(Path.Combine(from, "src")).Select(d => Path.GetRelativePath(from, d));
        foreach (var folder in new[] { "input", "theme" }.Concat(projects))
        foreach (var file in Directory.EnumerateFiles(Path.Combine(from, folder), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")) continue;
            CopyFile(file, Path.Combine(to, relative));
        }
    }

    private static void CopyFile(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }
}
