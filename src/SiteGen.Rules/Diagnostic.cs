namespace SiteGen.Rules
{
    public enum Severity { Warning, Error }

    /// <summary>A place in a source file; line and column start at 1. An empty path means "no file".</summary>
    public readonly struct SourceLocation : System.IEquatable<SourceLocation>
    {
        public static readonly SourceLocation None = new SourceLocation("", 0, 0);

        public SourceLocation(string path, int line, int column)
        {
            Path = path;
            Line = line;
            Column = column;
        }

        public string Path { get; }
        public int Line { get; }
        public int Column { get; }

        public bool Equals(SourceLocation other) => Path == other.Path && Line == other.Line && Column == other.Column;

        public override bool Equals(object? obj) => obj is SourceLocation other && Equals(other);

        public override int GetHashCode() => ((Path ?? "").GetHashCode() * 31 + Line) * 31 + Column;

        public override string ToString() =>
            string.IsNullOrEmpty(Path) ? "sitegen" : Line > 0 ? $"{Path}({Line},{Column})" : Path;
    }

    /// <summary>
    /// A problem found in the content or while building, printed in MSBuild's canonical format
    /// (<c>path(line,col): error ID: message</c>) so CI and editors annotate the source line. The
    /// one diagnostic type of SiteGen: the content rules, the compile-time generator, the engine
    /// and the command line all make and print this value, so every host prints the same line.
    /// </summary>
    public sealed class Diagnostic : System.IEquatable<Diagnostic>
    {
        public Diagnostic(string id, Severity severity, string message, SourceLocation location)
        {
            Id = id;
            Severity = severity;
            Message = message;
            Location = location;
        }

        public string Id { get; }
        public Severity Severity { get; }
        public string Message { get; }
        public SourceLocation Location { get; }

        public bool IsError => Severity == Severity.Error;
        public string Path => Location.Path;
        public int Line => Location.Line;
        public int Column => Location.Column;

        public static Diagnostic Error(string id, string message, SourceLocation location) =>
            new Diagnostic(id, Severity.Error, message, location);

        public static Diagnostic Warning(string id, string message, SourceLocation location) =>
            new Diagnostic(id, Severity.Warning, message, location);

        public bool Equals(Diagnostic? other) =>
            other != null && Id == other.Id && Severity == other.Severity && Message == other.Message && Location.Equals(other.Location);

        public override bool Equals(object? obj) => Equals(obj as Diagnostic);

        public override int GetHashCode() => (Location.GetHashCode() * 31 + Id.GetHashCode()) * 31 + Message.GetHashCode();

        public override string ToString() =>
            $"{Location}: {(IsError ? "error" : "warning")} {Id}: {Message}";
    }
}
