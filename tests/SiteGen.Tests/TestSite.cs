using SiteGen.Building;
using SiteGen.Content.Loading;

namespace SiteGen.Tests;

/// <summary>The repository's sample site, copies of it to break, and builds into temporary folders.</summary>
internal static class TestSite
{
    /// <summary>A fixed build date: what is published must not depend on the day the tests run.</summary>
    public static readonly DateTimeOffset BuildDate = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string SampleInput => Path.Combine(RepositoryRoot, "input");

    public static string TestsFolder => Path.Combine(RepositoryRoot, "tests", "SiteGen.Tests");

    /// <summary>Builds without the search index unless asked: Pagefind's files are not worth keeping as approved copies.</summary>
    public static Task<BuildReport> BuildAsync(string input, string output, Uri? baseUrl = null, bool search = false) =>
        SiteBuilder.BuildAsync(new BuildRequest(input, output, baseUrl, new BuildOptions(BuildDate)) { Search = search });

    /// <summary>A copy of the sample input in a fresh temporary folder, to edit freely.</summary>
    public static TemporaryFolder CopyOfSample()
    {
        var folder = new TemporaryFolder();
        CopyTree(SampleInput, folder.Combine("input"));
        return folder;
    }

    public static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Every file of a folder (relative path) with a digest of its bytes, to compare whole trees.</summary>
    public static Dictionary<string, string> Tree(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SiteGen.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("SiteGen.sln not found above the test assembly.");
    }
}

internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
