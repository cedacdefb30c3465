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

        private static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++) previous[j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }
                var swap = previous;
                previous = current;
                current = swap;
            }
            return previous[b.Length];
        }
    }
}
