namespace SiteGen.Browser.Tests;

/// <summary>
/// Finds the Chromium to drive the way tools in this field do: an environment variable first
/// (CHROME_PATH, or Playwright's PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH), then the usual program
/// names on PATH. tests/tools/install.sh looks the same way before installing one.
/// </summary>
public static class BrowserLocator
{
    public static readonly string[] Variables = ["CHROME_PATH", "PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH"];
    public static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    public static string? Find(Func<string, string?> environment)
    {
        foreach (var variable in Variables)
            if (environment(variable) is { Length: > 0 } path && File.Exists(path)) return path;
        var folders = (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in Names)
            foreach (var folder in folders)
                if (Path.Combine(folder, name) is var candidate && File.Exists(candidate)) return candidate;
        return null;
    }

    public const string Missing =
        "No Chromium found: install one (apt-get install -y chromium, as 'dotnet test' does when run as root on Debian) or set CHROME_PATH to its program.";
}
