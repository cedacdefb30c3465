using SiteGen.Rules;

namespace SiteGen.Cli;

/// <summary>
/// Prints diagnostics in MSBuild's format. Every error is printed; of warnings, the first
/// <see cref="PerId"/> of each id, then one line per id counting the rest, so that a first build
/// of a large archive (thousands of unknown keys) stays readable. <c>--verbose</c> prints them all.
/// </summary>
internal static class DiagnosticPrinter
{
    public const int PerId = 20;

    public static async Task WriteAsync(IEnumerable<Diagnostic> diagnostics, TextWriter writer, bool verbose)
    {
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        var hidden = new List<(string Id, int Count)>();
        foreach (var diagnostic in diagnostics)
        {
            if (!diagnostic.IsError && !verbose)
            {
                var count = shown[diagnostic.Id] = shown.GetValueOrDefault(diagnostic.Id) + 1;
                if (count > PerId)
                {
                    var at = hidden.FindIndex(h => h.Id == diagnostic.Id);
                    if (at < 0) hidden.Add((diagnostic.Id, 1));
                    else hidden[at] = (diagnostic.Id, hidden[at].Count + 1);
                    continue;
                }
            }
            await writer.WriteLineAsync(diagnostic.ToString());
        }
        foreach (var (id, count) in hidden)
        {
            var title = DiagnosticKind.All.FirstOrDefault(k => k.Id == id)?.Title;
            await writer.WriteLineAsync($"… and {count:N0} more {id} warning(s){(title is null ? "" : $" ({title})")}, not shown; --verbose prints them all."
                .Replace('\u00A0', ' '));
        }
    }
}
