namespace SiteGen.Pipeline;

public enum Severity { Warning, Error }

/// <summary>A place in a source file; line and column start at 1. An empty path means "no file".</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static readonly SourceLocation None = new("", 0, 0);

    public override string ToString() =>
        Path.Length == 0 ? "sitegen" : Line > 0 ? $"{Path}({Line},{Column})" : Path;
}

/// <summary>
/// A problem found while building, printed in MSBuild's canonical format
/// (<c>path(line,col): error ID: message</c>) so CI and editors annotate the source line.
/// </summary>
public sealed record Diagnostic(string Id, Severity Severity, string Message, SourceLocation Location)
{
    public bool IsError => Severity == Severity.Error;

    public static Diagnostic Error(string id, string message, SourceLocation location) =>
        new(id, Severity.Error, message, location);

    public static Diagnostic Warning(string id, string message, SourceLocation location) =>
        new(id, Severity.Warning, message, location);

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Id}: {Message}";
}
