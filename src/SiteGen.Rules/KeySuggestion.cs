using System;
using System.Collections.Generic;

namespace SiteGen.Rules
{
    /// <summary>Finds the known name an editor most likely meant, by edit distance.</summary>
    public static class KeySuggestion
    {
        public static string? Nearest(string written, IEnumerable<string> known)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in known)
            {
                var distance = Distance(written.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            var allowed = Math.Max(1, written.Length / 3);
            return bestDistance <= allowed ? best : null;
        }

        /// <summary>"; did you mean 'x'?" when a known name is near, else <paramref name="otherwise"/>.</summary>
        public static string DidYouMean(string written, IReadOnlyCollection<string> known, string otherwise)
        {
            var nearest = Nearest(written, known);
            return nearest == null ? otherwise : $"; did you mean '{nearest}'?";
        }

        /// <summary>Edits between two words, a swap of two neighbouring letters counting as one ("titel" is one from "title").</summary>
        private static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (var j = 0; j <= b.Length; j++) d[0, j] = j;
            for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
            return d[a.Length, b.Length];
        }
    }
}
