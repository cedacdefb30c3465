using System.Collections.Generic;

namespace SiteGen.Rules
{
    /// <summary>The catalogue of content diagnostics: one id, severity and title each.</summary>
    public sealed class DiagnosticKind
    {
        private static readonly List<DiagnosticKind> all = new List<DiagnosticKind>();

        private DiagnosticKind(string id, bool isError, string title)
        {
            Id = id;
            IsError = isError;
            Title = title;
            all.Add(this);
        }

        public string Id { get; }
        public bool IsError { get; }
        public string Title { get; }

        public static IReadOnlyList<DiagnosticKind> All => all;

        // Files and YAML
        public static readonly DiagnosticKind MissingFrontMatter = new DiagnosticKind("SG0001", true, "Front matter missing");
        public static readonly DiagnosticKind UnclosedFrontMatter = new DiagnosticKind("SG0002", true, "Front matter not closed");
        public static readonly DiagnosticKind YamlSyntax = new DiagnosticKind("SG0003", true, "YAML syntax error");
        public static readonly DiagnosticKind YamlAlias = new DiagnosticKind("SG0004", true, "YAML anchor or alias");
        public static readonly DiagnosticKind DuplicateKey = new DiagnosticKind("SG0005", true, "Key written twice");
        public static readonly DiagnosticKind YamlTooComplex = new DiagnosticKind("SG0006", true, "YAML nested too deep or too large");
        public static readonly DiagnosticKind NotUtf8 = new DiagnosticKind("SG0007", true, "File is not UTF-8");
        public static readonly DiagnosticKind FileTooLarge = new DiagnosticKind("SG0008", true, "File too large");
        public static readonly DiagnosticKind MisplacedFile = new DiagnosticKind("SG0009", true, "File in an unknown place");
        public static readonly DiagnosticKind ControlCharacter = new DiagnosticKind("SG0011", true, "Control character in content");
        public static readonly DiagnosticKind LinkOutOfInput = new DiagnosticKind("SG0010", true, "Symbolic link out of the input folder");

        // Values
        public static readonly DiagnosticKind RequiredKeyMissing = new DiagnosticKind("SG0101", true, "Required key missing");
        public static readonly DiagnosticKind WrongType = new DiagnosticKind("SG0102", true, "Value of the wrong type");
        public static readonly DiagnosticKind InvalidDate = new DiagnosticKind("SG0103", true, "Invalid or impossible date");
        public static readonly DiagnosticKind UnknownKey = new DiagnosticKind("SG0104", false, "Unknown key");
        public static readonly DiagnosticKind UnknownTopic = new DiagnosticKind("SG0105", true, "Unknown topic");
        public static readonly DiagnosticKind DuplicateSlug = new DiagnosticKind("SG0106", true, "Slug used twice in one language");
        public static readonly DiagnosticKind DuplicateTranslationKey = new DiagnosticKind("SG0107", true, "translationKey used twice in one language");
        public static readonly DiagnosticKind InvalidSlug = new DiagnosticKind("SG0108", true, "Slug is not a plain URL segment");
        public static readonly DiagnosticKind EventEndsBeforeStart = new DiagnosticKind("SG0109", true, "Event ends before it starts");
        public static readonly DiagnosticKind EmptyValue = new DiagnosticKind("SG0110", true, "Empty value");
        public static readonly DiagnosticKind ConflictingEvent = new DiagnosticKind("SG0112", false, "Events with one id but different dates");
        public static readonly DiagnosticKind UnsafeLink = new DiagnosticKind("SG0111", true, "Link to a script or data address");
        public static readonly DiagnosticKind MissingAltText = new DiagnosticKind("SG0113", true, "Image without alternative text");
        public static readonly DiagnosticKind RawHtmlRemoved = new DiagnosticKind("SG0114", false, "Raw HTML removed");
        public static readonly DiagnosticKind HugoShortcode = new DiagnosticKind("SG0115", false, "Hugo shortcode left as text");
        public static readonly DiagnosticKind UnknownSourceLink = new DiagnosticKind("SG0116", true, "Link to a file that is no published page");
        public static readonly DiagnosticKind InvalidAlias = new DiagnosticKind("SG0117", true, "Alias is not a path of the site");
        public static readonly DiagnosticKind TakenAlias = new DiagnosticKind("SG0118", true, "Alias already taken");

        // Images
        public static readonly DiagnosticKind ImageNotFound = new DiagnosticKind("SG0601", true, "Image file not found");
        public static readonly DiagnosticKind NotAnImage = new DiagnosticKind("SG0602", true, "File is not a readable image");
        public static readonly DiagnosticKind ImageTooLarge = new DiagnosticKind("SG0603", true, "Image too large");
        public static readonly DiagnosticKind ImageOutsideAssets = new DiagnosticKind("SG0604", true, "Image outside input/assets/");

        // Import from Hugo (sitegen import hugo)
        public static readonly DiagnosticKind HugoFileSkipped = new DiagnosticKind("SG0701", false, "Hugo file not imported");
        public static readonly DiagnosticKind HugoShortcodeKept = new DiagnosticKind("SG0702", false, "Hugo shortcode kept as text");
        public static readonly DiagnosticKind HugoValueMissing = new DiagnosticKind("SG0703", false, "Hugo page without a title or date");

        // Site settings and catalogues
        public static readonly DiagnosticKind InvalidSiteSetting = new DiagnosticKind("SG0201", true, "Invalid site setting");
        public static readonly DiagnosticKind UnknownLanguage = new DiagnosticKind("SG0202", true, "Unknown language");
        public static readonly DiagnosticKind MissingTranslationOfTopic = new DiagnosticKind("SG0203", true, "Topic not named in every language");
        public static readonly DiagnosticKind DuplicateTopicSlug = new DiagnosticKind("SG0204", true, "Topic slug used twice in one language");
        public static readonly DiagnosticKind UnknownAuthor = new DiagnosticKind("SG0205", true, "Unknown author");

        // Theme
        public static readonly DiagnosticKind MissingString = new DiagnosticKind("SG0301", true, "Interface string missing in a language");
        public static readonly DiagnosticKind LanguageWithoutTheme = new DiagnosticKind("SG0302", true, "Site language the theme has no texts for");

        // Schema (errors in the C# records, reported by the generator)
        public static readonly DiagnosticKind UnsupportedSchemaType = new DiagnosticKind("SG0801", true, "Schema property of an unsupported type");
        public static readonly DiagnosticKind SchemaNotPartialRecord = new DiagnosticKind("SG0802", true, "Schema type is not a partial record");

        public Diagnostic At(string path, int line, int column, string message) =>
            new Diagnostic(Id, IsError ? Severity.Error : Severity.Warning, message, new SourceLocation(path, line, column));

        public override string ToString() => Id;
    }
}
