using System.Collections.Generic;
using System.Text;

namespace SiteGen.Rules
{
    /// <summary>Turns a file's bytes into text, refusing what is not UTF-8 or too large, at the offending place.</summary>
    public static class SourceText
    {
        public const int MaxBytes = 4 * 1024 * 1024;

        private static readonly UTF8Encoding strict = new UTF8Encoding(false, true);

        public static string? Decode(byte[] bytes, string path, List<Diagnostic> diagnostics)
        {
            if (bytes.Length > MaxBytes)
            {
                diagnostics.Add(DiagnosticKind.FileTooLarge.At(path, 1, 1,
                    $"The file is {bytes.Length / 1024} KiB; a content file may be at most {MaxBytes / 1024 / 1024} MiB. Split it, or move large data into assets/."));
                return null;
            }
            string text;
            try
            {
                text = strict.GetString(bytes);
            }
            catch (DecoderFallbackException exception)
            {
                var (line, column) = Locate(bytes, exception.Index);
                diagnostics.Add(DiagnosticKind.NotUtf8.At(path, line, column,
                    $"Byte 0x{bytes[exception.Index < 0 ? 0 : exception.Index]:X2} is not UTF-8; save the file as UTF-8 in your editor."));
                return null;
            }
            // A byte-order mark is not content (the compiler drops it too).
            if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
            return CheckCharacters(text, path, diagnostics) ? text : null;
        }

        /// <summary>
        /// Refuses the characters no page, feed or sitemap may hold: control characters other than
        /// tab and line ends, and the noncharacters U+FFFE and U+FFFF. They are invisible in most
        /// editors, make XML feeds unreadable and HTML invalid. Reported at the first one.
        /// </summary>
        public static bool CheckCharacters(string text, string path, List<Diagnostic> diagnostics)
        {
            int first = -1, count = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (!IsForbidden(text[i])) continue;
                if (first < 0) first = i;
                count++;
            }
            if (first < 0) return true;
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < first; i++)
                if (text[i] == '\n') { line++; lineStart = i + 1; }
            diagnostics.Add(DiagnosticKind.ControlCharacter.At(path, line, first - lineStart + 1,
                $"U+{(int)text[first]:X4}, an invisible control character, cannot be published" +
                (count > 1 ? $" (the file has {count} such characters)" : "") +
                "; delete it, or write the character you meant."));
            return false;
        }

        private static bool IsForbidden(char c) =>
            (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';

        private static (int Line, int Column) Locate(byte[] bytes, int index)
        {
            if (index < 0) index = 0;
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < index && i < bytes.Length; i++)
            {
                if (bytes[i] == '\n') { line++; lineStart = i + 1; }
            }
            // Columns count characters: decode the valid start of the line.
            var column = strict.GetCharCount(bytes, lineStart, index - lineStart) + 1;
            return (line, column);
        }
    }
}
