namespace SiteGen.Rules
{
    /// <summary>
    /// A content problem at a place in an editor's file. The same value is produced by the build
    /// and by the compile-time generator, so both print the very same line.
    /// </summary>
    public sealed class ContentDiagnostic
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

        public override string ToString() =>
            $"{Path}({Line},{Column}): {(IsError ? "error" : "warning")} {Id}: {Message}";
    }
}
