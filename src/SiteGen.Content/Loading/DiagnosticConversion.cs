using SiteGen.Pipeline;
using SiteGen.Rules;

namespace SiteGen.Content.Loading;

public static class DiagnosticConversion
{
    public static Diagnostic ToDiagnostic(this ContentDiagnostic diagnostic) =>
        new(diagnostic.Id, diagnostic.IsError ? Severity.Error : Severity.Warning, diagnostic.Message,
            new SourceLocation(diagnostic.Path, diagnostic.Line, diagnostic.Column));
}
