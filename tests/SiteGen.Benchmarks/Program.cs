using System.Text.RegularExpressions;
using SiteGen.Content.Loading;
using SiteGen.Serving;

// Starts the preview server on a corpus, makes edits of each kind to its articles the way an
// editor would (the file watcher sees them), and prints how long each rebuild took, as serve
// reports it. Usage: SiteGen.Benchmarks <input folder> [rounds]
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: SiteGen.Benchmarks <input folder written by SiteGen.Corpus> [rounds]");
    return 2;
}
var input = Path.GetFullPath(args[0]);
var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
var log = new RebuildLog();
await using var session = await PreviewSession.StartAsync(input, 0, new BuildOptions(DateTimeOffset.UtcNow, IncludeDrafts: true), log);
Console.WriteLine($"First build: {log.Last} ms; heap {GC.GetTotalMemory(forceFullCollection: true) / 1_000_000} MB");
var verbose = Environment.GetEnvironmentVariable("SITEGEN_BENCH_VERBOSE") == "1";
if (verbose)
    session.Rebuilt += report => Console.WriteLine($"  {DateTime.Now:HH:mm:ss.fff} {log.Lines[^1]}\n    " + string.Join(", ", (report.Engine?.Pipelines ?? [])
        .SelectMany(p => p.PhaseTimes.Select(t => (Name: $"{p.Name}.{t.Key}", Ms: (int)t.Value.TotalMilliseconds)))
        .Where(t => t.Ms >= 5).OrderByDescending(t => t.Ms).Select(t => $"{t.Name} {t.Ms}")));

var articles = Directory.GetFiles(Path.Combine(input, "fr", "articles"), "*.md").Order(StringComparer.Ordinal).ToArray();
var originals = new Dictionary<string, string>();
var results = new List<(string Kind, int Milliseconds)>();
try
{
    for (var round = 0; round < rounds; round++)
    {
        var file = articles[(round * 7919) % articles.Length];
        var text = originals.TryGetValue(file, out var kept) ? kept : originals[file] = File.ReadAllText(file);
        await Measure("title", () => File.WriteAllText(file, Regex.Replace(text, "(?m)^title: \"", $"title: \"Édition {round} ", RegexOptions.None, TimeSpan.FromSeconds(1))));
        await Measure("body", () => File.AppendAllText(file, $"\nUn paragraphe de plus, le {round}.\n"));
        await Measure("date", () => File.WriteAllText(file, Regex.Replace(File.ReadAllText(file), "(?m)^date: (\\d{4})-", m => $"date: {int.Parse(m.Groups[1].Value) - 1}-")));
        var added = Path.Combine(input, "fr", "articles", $"zz-benchmark-{round}.md");
        await Measure("new", () => File.WriteAllText(added, $"---\ntitle: Un nouvel article {round}\ndate: 2025-11-0{round % 9 + 1}\ntopics: [topic-01]\nevents:\n  - date: 2025-10\n    title: Un fait {round}\n---\nTexte.\n"));
        await Measure("delete", () => File.Delete(added));
        File.WriteAllText(file, text);
        await Task.Delay(1500);
    }
}
finally
{
    foreach (var (file, text) in originals) File.WriteAllText(file, text);
}
Console.WriteLine($"Heap after {results.Count} rebuilds: {GC.GetTotalMemory(forceFullCollection: true) / 1_000_000} MB");
foreach (var group in results.GroupBy(r => r.Kind))
{
    var times = group.Select(r => r.Milliseconds).Order().ToList();
    Console.WriteLine($"{group.Key,-7} median {times[times.Count / 2],4} ms   min {times[0],4} ms   max {times[^1],4} ms   ({string.Join(", ", group.Select(r => r.Milliseconds))})");
}
return 0;

async Task Measure(string kind, Action edit)
{
    var rebuilt = log.Next();
    edit();
    results.Add((kind, await rebuilt.WaitAsync(TimeSpan.FromSeconds(60))));
    if (verbose) Console.WriteLine($"{kind}: {log.Lines[^1]}");
    await Task.Delay(1500); // the editor reads: serve collects garbage meanwhile
}

/// <summary>The preview's log, read for its "Rebuilt in N ms" lines.</summary>
internal sealed partial class RebuildLog : TextWriter
{
    private TaskCompletionSource<int> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Last { get; private set; }

    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public Task<int> Next()
    {
        _next = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        return _next.Task;
    }

    public List<string> Lines { get; } = [];

    public override void WriteLine(string? value)
    {
        if (value is not null) Lines.Add(value);
        if (value is null || Rebuilt().Match(value) is not { Success: true } match) return;
        Last = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        _next.TrySetResult(Last);
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"^Rebuilt in (\d+) ms")]
    private static partial Regex Rebuilt();
}
