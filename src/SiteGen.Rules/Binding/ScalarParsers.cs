using System;
using System.Globalization;

namespace SiteGen.Rules.Binding
{
    /// <summary>Text to typed values, each failure explained in a sentence that says what to write.</summary>
    public static class ScalarParsers
    {
        private static readonly string[] dateTimeFormats =
        {
            "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
            "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mmK",
        };

        public static bool TryBool(string text, out bool value, out string error)
        {
            error = "";
            switch (text)
            {
                case "true": case "True": case "TRUE": value = true; return true;
                case "false": case "False": case "FALSE": value = false; return true;
            }
            value = false;
            error = $"'{text}' is not true or false; write true or false.";
            return false;
        }

        public static bool TryInt(string text, out int value, out string error)
        {
            error = "";
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) return true;
            error = $"'{text}' is not a whole number; write digits only, for example 20.";
            return false;
        }

        /// <summary>YYYY-MM-DD (midnight UTC) or an ISO 8601 date and time with its offset.</summary>
        public static bool TryDateTime(string text, out DateTimeOffset value, out string error)
        {
            value = default;
            text = text.Trim();
            if (text.Length >= 10 && text[4] == '-' && text[7] == '-')
            {
                if (!PartialDate.TryParse(text.Substring(0, 10), out var day, out error)) return false;
                if (text.Length == 10)
                {
                    value = new DateTimeOffset(day.Start, TimeSpan.Zero);
                    return true;
                }
                if (DateTimeOffset.TryParseExact(text, dateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
                    return true;
            }
            error = $"'{text}' is not a date; write YYYY-MM-DD (2024-09-10) or a date and time with its offset (2024-09-10T08:30:00+02:00).";
            return false;
        }
    }
}
