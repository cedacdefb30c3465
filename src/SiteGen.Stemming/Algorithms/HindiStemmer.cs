// Generated from hindi.sbl by Snowball 3.1.1 - https://snowballstem.org/

#pragma warning disable 0164
#pragma warning disable 0162

namespace Snowball
{
    using System;
    using System.Text;

    ///<summary>
    ///  This class implements the stemming algorithm defined by a snowball script.
    ///  Generated from hindi.sbl by Snowball 3.1.1 - https://snowballstem.org/
    ///</summary>
    ///
    [System.CodeDom.Compiler.GeneratedCode("Snowball", "3.1.1")]
    internal sealed partial class HindiStemmer : Stemmer
    {
        private const string g_consonant = "\u0915\u0916\u0917\u0918\u0919\u091A\u091B\u091C\u091D\u091E\u091F\u0920\u0921\u0922\u0923\u0924\u0925\u0926\u0927\u0928\u0929\u092A\u092B\u092C\u092D\u092E\u092F\u0930\u0931\u0932\u0933\u0934\u0935\u0936\u0937\u0938\u0939\u093C\u0958\u0959\u095A\u095B\u095C\u095D\u095E\u095F";

        private static readonly Among[] a_0 = new[]
        {
            new Among("\u0906\u0901", -1, -1, 0),
            new Among("\u093E\u0901", -1, -1, 0),
            new Among("\u0907\u092F\u093E\u0901", 1, -1, 0),
            new Among("\u0906\u0907\u092F\u093E\u0901", 2, -1, 0),
            new Among("\u093E\u0907\u092F\u093E\u0901", 2, -1, 0),
            new Among("\u093F\u092F\u093E\u0901", 1, -1, 0),
            new Among("\u0906\u0902", -1, -1, 0),
            new Among("\u0909\u0906\u0902", 6, -1, 0),
            new Among("\u0941\u0906\u0902", 6, -1, 0),
            new Among("\u0908\u0902", -1, -1, 0),
            new Among("\u0906\u0908\u0902", 9, -1, 0),
            new Among("\u093E\u0908\u0902", 9, -1, 0),
            new Among("\u090F\u0902", -1, -1, 0),
            new Among("\u0906\u090F\u0902", 12, -1, 0),
            new Among("\u0909\u090F\u0902", 12, -1, 0),
            new Among("\u093E\u090F\u0902", 12, -1, 0),
            new Among("\u0924\u093E\u090F\u0902", 15, -1, 1),
            new Among("\u0905\u0924\u093E\u090F\u0902", 16, -1, 0),
            new Among("\u0928\u093E\u090F\u0902", 15, -1, 1),
            new Among("\u0905\u0928\u093E\u090F\u0902", 18, -1, 0),
            new Among("\u0941\u090F\u0902", 12, -1, 0),
            new Among("\u0913\u0902", -1, -1, 0),
            new Among("\u0906\u0913\u0902", 21, -1, 0),
            new Among("\u0909\u0913\u0902", 21, -1, 0),
            new Among("\u093E\u0913\u0902", 21, -1, 0),
            new Among("\u0924\u093E\u0913\u0902", 24, -1, 1),
            new Among("\u0905\u0924\u093E\u0913\u0902", 25, -1, 0),
            new Among("\u0928\u093E\u0913\u0902", 24, -1, 1),
            new Among("\u0905\u0928\u093E\u0913\u0902", 27, -1, 0),
            new Among("\u0941\u0913\u0902", 21, -1, 0),
            new Among("\u093E\u0902", -1, -1, 0),
            new Among("\u0907\u092F\u093E\u0902", 30, -1, 0),
            new Among("\u0906\u0907\u092F\u093E\u0902", 31, -1, 0),
            new Among("\u093E\u0907\u092F\u093E\u0902", 31, -1, 0),
            new Among("\u093F\u092F\u093E\u0902", 30, -1, 0),
            new Among("\u0940\u0902", -1, -1, 0),
            new Among("\u0924\u0940\u0902", 35, -1, 1),
            new Among("\u0905\u0924\u0940\u0902", 36, -1, 0),
            new Among("\u0906\u0924\u0940\u0902", 36, -1, 0),
            new Among("\u093E\u0924\u0940\u0902", 36, -1, 0),
            new Among("\u0947\u0902", -1, -1, 0),
            new Among("\u094B\u0902", -1, -1, 0),
            new Among("\u0907\u092F\u094B\u0902", 41, -1, 0),
            new Among("\u0906\u0907\u092F\u094B\u0902", 42, -1, 0),
            new Among("\u093E\u0907\u092F\u094B\u0902", 42, -1, 0),
            new Among("\u093F\u092F\u094B\u0902", 41, -1, 0),
            new Among("\u0905", -1, -1, 0),
            new Among("\u0906", -1, -1, 0),
            new Among("\u0907", -1, -1, 0),
            new Among("\u0908", -1, -1, 0),
            new Among("\u0906\u0908", 49, -1, 0),
            new Among("\u093E\u0908", 49, -1, 0),
            new Among("\u0909", -1, -1, 0),
            new Among("\u090A", -1, -1, 0),
            new Among("\u090F", -1, -1, 0),
            new Among("\u0906\u090F", 54, -1, 0),
            new Among("\u0907\u090F", 54, -1, 0),
            new Among("\u0906\u0907\u090F", 56, -1, 0),
            new Among("\u093E\u0907\u090F", 56, -1, 0),
            new Among("\u093E\u090F", 54, -1, 0),
            new Among("\u093F\u090F", 54, -1, 0),
            new Among("\u0913", -1, -1, 0),
            new Among("\u0906\u0913", 61, -1, 0),
            new Among("\u093E\u0913", 61, -1, 0),
            new Among("\u0915\u0930", -1, -1, 1),
            new Among("\u0905\u0915\u0930", 64, -1, 0),
            new Among("\u0906\u0915\u0930", 64, -1, 0),
            new Among("\u093E\u0915\u0930", 64, -1, 0),
            new Among("\u093E", -1, -1, 0),
            new Among("\u090A\u0902\u0917\u093E", 68, -1, 0),
            new Among("\u0906\u090A\u0902\u0917\u093E", 69, -1, 0),
            new Among("\u093E\u090A\u0902\u0917\u093E", 69, -1, 0),
            new Among("\u0942\u0902\u0917\u093E", 68, -1, 0),
            new Among("\u090F\u0917\u093E", 68, -1, 0),
            new Among("\u0906\u090F\u0917\u093E", 73, -1, 0),
            new Among("\u093E\u090F\u0917\u093E", 73, -1, 0),
            new Among("\u0947\u0917\u093E", 68, -1, 0),
            new Among("\u0924\u093E", 68, -1, 1),
            new Among("\u0905\u0924\u093E", 77, -1, 0),
            new Among("\u0906\u0924\u093E", 77, -1, 0),
            new Among("\u093E\u0924\u093E", 77, -1, 0),
            new Among("\u0928\u093E", 68, -1, 1),
            new Among("\u0905\u0928\u093E", 81, -1, 0),
            new Among("\u0906\u0928\u093E", 81, -1, 0),
            new Among("\u093E\u0928\u093E", 81, -1, 0),
            new Among("\u0906\u092F\u093E", 68, -1, 0),
            new Among("\u093E\u092F\u093E", 68, -1, 0),
            new Among("\u093F", -1, -1, 0),
            new Among("\u0940", -1, -1, 0),
            new Among("\u090A\u0902\u0917\u0940", 88, -1, 0),
            new Among("\u0906\u090A\u0902\u0917\u0940", 89, -1, 0),
            new Among("\u093E\u090A\u0902\u0917\u0940", 89, -1, 0),
            new Among("\u090F\u0902\u0917\u0940", 88, -1, 0),
            new Among("\u0906\u090F\u0902\u0917\u0940", 92, -1, 0),
            new Among("\u093E\u090F\u0902\u0917\u0940", 92, -1, 0),
            new Among("\u0942\u0902\u0917\u0940", 88, -1, 0),
            new Among("\u0947\u0902\u0917\u0940", 88, -1, 0),
            new Among("\u090F\u0917\u0940", 88, -1, 0),
            new Among("\u0906\u090F\u0917\u0940", 97, -1, 0),
            new Among("\u093E\u090F\u0917\u0940", 97, -1, 0),
            new Among("\u0913\u0917\u0940", 88, -1, 0),
            new Among("\u0906\u0913\u0917\u0940", 100, -1, 0),
            new Among("\u093E\u0913\u0917\u0940", 100, -1, 0),
            new Among("\u0947\u0917\u0940", 88, -1, 0),
            new Among("\u094B\u0917\u0940", 88, -1, 0),
            new Among("\u0924\u0940", 88, -1, 1),
            new Among("\u0905\u0924\u0940", 105, -1, 0),
            new Among("\u0906\u0924\u0940", 105, -1, 0),
            new Among("\u093E\u0924\u0940", 105, -1, 0),
            new Among("\u0928\u0940", 88, -1, 1),
            new Among("\u0905\u0928\u0940", 109, -1, 0),
            new Among("\u0941", -1, -1, 0),
            new Among("\u0942", -1, -1, 0),
            new Among("\u0947", -1, -1, 0),
            new Among("\u090F\u0902\u0917\u0947", 113, -1, 0),
            new Among("\u0906\u090F\u0902\u0917\u0947", 114, -1, 0),
            new Among("\u093E\u090F\u0902\u0917\u0947", 114, -1, 0),
            new Among("\u0947\u0902\u0917\u0947", 113, -1, 0),
            new Among("\u0913\u0917\u0947", 113, -1, 0),
            new Among("\u0906\u0913\u0917\u0947", 118, -1, 0),
            new Among("\u093E\u0913\u0917\u0947", 118, -1, 0),
            new Among("\u094B\u0917\u0947", 113, -1, 0),
            new Among("\u0924\u0947", 113, -1, 1),
            new Among("\u0905\u0924\u0947", 122, -1, 0),
            new Among("\u0906\u0924\u0947", 122, -1, 0),
            new Among("\u093E\u0924\u0947", 122, -1, 0),
            new Among("\u0928\u0947", 113, -1, 1),
            new Among("\u0905\u0928\u0947", 126, -1, 0),
            new Among("\u0906\u0928\u0947", 126, -1, 0),
            new Among("\u093E\u0928\u0947", 126, -1, 0),
            new Among("\u094B", -1, -1, 0),
            new Among("\u094D", -1, -1, 0)
        };


        private bool r_CONSONANT()
        {
            return (in_grouping_b(g_consonant, 2325, 2399, false) == 0);
        }

        protected override bool stem()
        {
            if (cursor >= limit)
            {
                return false;
            }
            cursor++;
            limit_backward = cursor;
            cursor = limit;
            ket = cursor;
            if (find_among_b(a_0, r_CONSONANT) == 0)
            {
                return false;
            }
            bra = cursor;
            slice_del();
            cursor = limit_backward;
            return true;
        }

    }
}

