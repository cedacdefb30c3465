using System;
using System.Collections.Generic;
using System.Linq;

namespace SiteGen.Rules
{
    /// <summary>
    /// Examples in messages drawn from the site being built, so an editor reads ids that exist:
    /// <c>topics: [economie, politique]</c> rather than the sample site's. The build and the
    /// compile-time generator make them alike, so both say the same.
    /// </summary>
    public static class SiteExamples
    {
        public static IReadOnlyDictionary<string, string>? For(IEnumerable<string> topicIds)
        {
            var ids = topicIds.OrderBy(id => id, StringComparer.Ordinal).Take(2).ToList();
            if (ids.Count == 0) return null;
            return new Dictionary<string, string>(StringComparer.Ordinal) { ["topics"] = "[" + string.Join(", ", ids) + "]" };
        }
    }
}
