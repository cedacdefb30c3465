using System.Globalization;
using System.Text;

namespace SiteGen.Rules
{
    /// <summary>What a URL segment may be, and how to make one from a title.</summary>
    public static class Slugs
    {
        public const int MaxLength = 120;

        /// <summary>Null when <paramref name="slug"/> is a plain URL segment, else the reason it is not.</summary>
        public static string? Problem(string slug)
        {
            if (slug.Length == 0) return "it is empty";
            if (slug.Length > MaxLength) return $"it is longer than {MaxLength} characters";
            if (slug == "." || slug == ".." || slug.StartsWith(".", System.StringComparison.Ordinal)) return "it starts with a dot";
            foreach (var c in slug)
            {
                if (char.IsControl(c)) return "it contains a control character";
                if (char.IsWhiteSpace(c)) return "it contains a space";
                if (c == '/' || c == '\\') return $"it contains '{c}'";
                if (!(char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '~'))
                    return $"it contains '{c}'";
            }
            return null;
        }

        /// <summary>Lower-case ASCII words joined by hyphens, accents folded: « Où va l’été ? » gives "ou-va-l-ete".</summary>
        public static string FromTitle(string title)
        {
            var decomposed = title.Normalize(NormalizationForm.FormD);
            var slug = new StringBuilder(decomposed.Length);
            var pendingHyphen = false;
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
                var folded = Fold(char.ToLowerInvariant(c));
                if (folded.Length > 0)
                {
                    if (pendingHyphen && slug.Length > 0) slug.Append('-');
                    pendingHyphen = false;
                    slug.Append(folded);
                }
                else
                {
                    pendingHyphen = true;
                }
            }
            var result = slug.ToString();
            if (result.Length > MaxLength)
            {
                // Cut at the end of a word, never inside one.
                var cut = result.LastIndexOf('-', MaxLength);
                result = cut >= MaxLength / 2 ? result.Substring(0, cut) : result.Substring(0, MaxLength).TrimEnd('-');
            }
            return result.Length == 0 ? "article" : result;
        }

        private static string Fold(char c)
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return c.ToString();
            switch (c)
            {
                case 'œ': return "oe";
                case 'æ': return "ae";
                case 'ß': return "ss";
                case 'ø': return "o";
                case 'đ': return "d";
                case 'ł': return "l";
                default: return "";
            }
        }
    }
}
