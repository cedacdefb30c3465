using System.Text;

namespace SiteGen.Outputs;

/// <summary>A string writer that tells XmlWriter to declare UTF-8, the encoding the file is written in.</summary>
internal sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => new UTF8Encoding(false);
}
