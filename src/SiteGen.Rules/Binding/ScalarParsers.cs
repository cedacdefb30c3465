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

        /// <summary>
        /// YYYY-MM-DD (midnight), or a date and time in one of YAML's timestamp forms: 'T', 't' or
        /// spaces between them, seconds and a fraction optional, then Z, ±hh:mm, ±hhmm or ±hh, with
        /// or without a space before it (2018-03-09 09:00:00 -0400). Without an offset the time is
        /// in <paramref name="zone"/> (the site's time zone), never in the machine's.
        /// </summary>
        public static bool TryDateTime(string text, out DateTimeOffset value, out string error) =>
            TryDateTime(text, TimeZoneInfo.Utc, out value, out error);

        public static bool TryDateTime(string text, TimeZoneInfo zone, out DateTimeOffset value, out string error)
        {
            value = default;
            text = text.Trim();
            if (text.Length >= 10 && text[4] == '-' && text[7] == '-')
            {
                if (!PartialDate.TryParse(text.Substring(0, 10), out var day, out error)) return false;
                if (text.Length == 10)
                {
                    value = InZone(day.Start, zone);
                    return true;
                }
                var time = Timestamp.Match(text.Substring(10));
                if (time.Success)
                {
                    int hour = Number(time, "h"), minute = Number(time, "m"), second = time.Groups["s"].Success ? Number(time, "s") : 0;
                    if (hour > 23 || minute > 59 || second > 59)
                    {
                        error = $"'{text}' has no time {hour:D2}:{minute:D2}:{second:D2}; hours go from 00 to 23, minutes and seconds from 00 to 59.";
                        return false;
                    }
                    var fraction = time.Groups["f"].Success ? (long)Math.Round(double.Parse("0." + time.Groups["f"].Value, CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond) : 0;
                    var local = day.Start.Add(new TimeSpan(hour, minute, second)).AddTicks(Math.Min(fraction, TimeSpan.TicksPerSecond - 1));
                    if (!time.Groups["z"].Success)
                    {
                        value = InZone(local, zone);
                        return true;
                    }
                    if (TryOffset(time.Groups["z"].Value, out var offset))
                    {
                        value = new DateTimeOffset(System.DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
                        return true;
                    }
                }
            }
            error = $"'{text}' is not a date; write YYYY-MM-DD (2024-09-10) or a date and time (2024-09-10 08:30, or with its offset: 2024-09-10T08:30:00+02:00).";
            return false;
        }

        private static readonly System.Text.RegularExpressions.Regex Timestamp = new System.Text.RegularExpressions.Regex(
            @"^(?:[Tt]|[ \t]+)(?<h>[0-9]{1,2}):(?<m>[0-9]{2})(?::(?<s>[0-9]{2})(?:\.(?<f>[0-9]{1,9}))?)?[ \t]*(?<z>Z|z|[+-][0-9]{1,2}(?::?[0-9]{2})?)?$",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static int Number(System.Text.RegularExpressions.Match match, string group) =>
            int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

        private static bool TryOffset(string text, out TimeSpan offset)
        {
            offset = TimeSpan.Zero;
            if (text == "Z" || text == "z") return true;
            var digits = text.Substring(1).Replace(":", "");
            var hours = int.Parse(digits.Length <= 2 ? digits : digits.Substring(0, digits.Length - 2), CultureInfo.InvariantCulture);
            var minutes = digits.Length <= 2 ? 0 : int.Parse(digits.Substring(digits.Length - 2), CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59) return false;
            offset = new TimeSpan(hours, minutes, 0);
            if (text[0] == '-') offset = -offset;
            return true;
        }

        /// <summary>A wall-clock time in <paramref name="zone"/>; a time the clocks skipped is read as the moment after the jump.</summary>
        private static DateTimeOffset InZone(System.DateTime wallClock, TimeZoneInfo zone)
        {
            var local = System.DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
            if (zone.IsInvalidTime(local)) local = local.AddHours(1);
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }
    }
}
