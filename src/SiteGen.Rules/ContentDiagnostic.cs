namespace SiteGen.Rules
{
    /// <summary>
    /// A content problem at a place in an editor's file. The same value is produced by the build
    /// and by the compile-time generator, so both print the very same line.
    /// </summary>
    public sealed class ContentDiagnostic : System.IEquatable<ContentDiagnostic>
    {
        public ContentDiagnostic(DiagnosticKind kind, string message, string path, int line, int column)
        {
            Kind = kind;
            Message = message;
            Path = path;
            Line = line;
            Column = column;
        }

        public DiagnosticKind Kind { get; }
        public string Id => Kind.Id;
        public bool IsError => Kind.IsError;
        public string Message { get; }
        public string Path { get; }
        public int Line { get; }
        public int Column { get; }

        public bool Equals(ContentDiagnostic? other) =>
            other != null && Kind == other.Kind && Message == other.Message && Path == other.Path && Line == other.Line && Column == other.Column;

        public override bool Equals(object? obj) => Equals(obj as ContentDiagnostic);

        public override int GetHashCode() => ((Path.GetHashCode() * 31 + Line) * 31 + Column) * 31 + Message.GetHashCode();

        public override string ToString() =>
            $"{Path}({Line},{Column}): {(IsError ? "error" : "warning")} {Id}: {Message}";
    }
}
