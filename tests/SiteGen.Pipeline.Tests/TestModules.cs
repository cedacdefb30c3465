using SiteGen.Rules;
using SiteGen.Pipeline;

namespace SiteGen.Pipeline.Tests;

internal static class TestModules
{
    public static IModule Emit(params string[] names) =>
        Module.From((_, _) => names.Select(n => new Document(null, n)).ToList());

    public static IModule Record(List<string> log, string entry) =>
        Module.From((inputs, _) => { lock (log) log.Add(entry); return inputs; });

    public static IModule Throw(string message) =>
        Module.From((_, _) => throw new InvalidOperationException(message));

    public static IModule ReportError(string id, string path = "input/a.md", int line = 3, int column = 7) =>
        Module.From((inputs, context) =>
        {
            context.Report(Diagnostic.Error(id, "broken", new SourceLocation(path, line, column)));
            return inputs;
        });
}
