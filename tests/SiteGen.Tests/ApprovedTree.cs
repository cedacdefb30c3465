using System.Text;

namespace SiteGen.Tests;

/// <summary>
/// Compares a generated folder with an approved copy kept in the repository, file by file and
/// byte for byte. A missing, unexpected or different file fails with a line diff. To accept the
/// new output, run the tests with SITEGEN_ACCEPT=1 and review the change to Approved/ in git.
/// </summary>
internal static class ApprovedTree
{
    public static void ShouldMatchApproved(string actualFolder, string name)
    {
        var approvedFolder = Path.Combine(TestSite.TestsFolder, "Approved", name);
        if (Environment.GetEnvironmentVariable("SITEGEN_ACCEPT") == "1")
        {
            if (Directory.Exists(approvedFolder)) Directory.Delete(approvedFolder, recursive: true);
            TestSite.CopyTree(actualFolder, approvedFolder);
            return;
        }
        var actual = Files(actualFolder);
        var approved = Directory.Exists(approvedFolder) ? Files(approvedFolder) : [];
        var report = new StringBuilder();
        foreach (var missing in approved.Except(actual)) report.AppendLine($"missing: {missing} (approved, not generated)");
        foreach (var extra in actual.Except(approved)) report.AppendLine($"unexpected: {extra} (generated, not approved)");
        foreach (var file in actual.Intersect(approved))
        {
            var generated = File.ReadAllBytes(Path.Combine(actualFolder, file));
            var expected = File.ReadAllBytes(Path.Combine(approvedFolder, file));
            if (generated.AsSpan().SequenceEqual(expected)) continue;
            report.AppendLine($"different: {file}");
            report.AppendLine(LineDiff.Unified(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(generated)));
        }
        if (report.Length > 0)
            throw new Xunit.Sdk.XunitException(
                $"The generated site differs from tests/SiteGen.Tests/Approved/{name}:\n{report}\nIf the change is intended, run the tests with SITEGEN_ACCEPT=1 and commit Approved/.");
    }

    private static SortedSet<string> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')), StringComparer.Ordinal);
}

/// <summary>A small unified line diff (longest common subsequence), enough to read a snapshot change.</summary>
internal static class LineDiff
{
    public static string Unified(string expected, string actual, int context = 2, int maxLines = 60)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        for (var j = b.Length - 1; j >= 0; j--)
            lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var lines = new List<(char Kind, string Text, int Line)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { lines.Add((' ', a[x], x + 1)); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) { lines.Add(('+', b[y], y + 1)); y++; }
            else { lines.Add(('-', a[x], x + 1)); x++; }
        }
        var output = new StringBuilder();
        var shown = 0;
        for (var k = 0; k < lines.Count && shown < maxLines; k++)
        {
            var near = Enumerable.Range(Math.Max(0, k - context), Math.Min(lines.Count, k + context + 1) - Math.Max(0, k - context))
                .Any(n => lines[n].Kind != ' ');
            if (!near) continue;
            output.AppendLine($"  {lines[k].Kind} {lines[k].Line,4}: {lines[k].Text.TrimEnd('\r')}");
            shown++;
        }
        return output.ToString();
    }
}
