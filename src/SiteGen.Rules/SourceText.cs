using System.Collections.Generic;
using System.Text;

namespace SiteGen.Rules
{
    /// <summary>Turns a file's bytes into text, refusing what is not UTF-8 or too large, at the offending place.</summary>
    public static class SourceText
    {
        public const int MaxBytes = 4 * 1024 * 1024;

        private static readonly UTF8Encoding strict = new UTF8Encoding(false, true);

        public static string? Decode(byte[] bytes, string path, List<ContentDiagnostic> diagnostics)
        {
            if (bytes.Length > MaxBytes)
            {
                diagnostics.Add(DiagnosticKind.FileTooLarge.At(path, 1, 1,
                    $"The file is {bytes.Length / 1024} KiB; a content file may be at most {MaxBytes / 1024 / 1024} MiB. Split it, or move large data into assets/."));
                return null;
            }
            try
            {
                return strict.GetString(bytes);
            }
            catch (DecoderFallbackException exception)
            {
                var (line, column) = Locate(bytes, exception.Index);
                diagnostics.Add(DiagnosticKind.NotUtf8.At(path, line, column,
                    $"Byte 0x{bytes[exception.Index < 0 ? 0 : exception.Index]:X2} is not UTF-8; save the file as UTF-8 in your editor."));
                return null;
            }
        }

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
