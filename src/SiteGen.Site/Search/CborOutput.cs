using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// The CBOR SiteGen writes into Pagefind files (definite arrays, unsigned integers, text, and values copied
/// as they were read), in the shortest form, as Pagefind's minicbor writes them. System.Formats.Cbor's
/// writer copies one value at a time; a posting's locations are copied here as one run of bytes.
/// </summary>
internal sealed class CborOutput
{
    private readonly ArrayBufferWriter<byte> bytes;

    /// <param name="capacity">The bytes held before the buffer grows: a file's worth, or a posting's for a scratch output reused with <see cref="Clear"/>.</param>
    public CborOutput(int capacity = 1 << 16) => bytes = new ArrayBufferWriter<byte>(capacity);

    /// <summary>Starts again from nothing, keeping the buffer.</summary>
    public void Clear() => bytes.ResetWrittenCount();

    public void Array(int count) => Head(4, (ulong)count);

    public void Unsigned(ulong value) => Head(0, value);

    public void Integer(long value)
    {
        if (value >= 0) Head(0, (ulong)value);
        else Head(1, (ulong)(-1 - value));
    }

    public void Text(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        Head(3, (ulong)length);
        Encoding.UTF8.GetBytes(text, bytes.GetSpan(length));
        bytes.Advance(length);
    }

    /// <summary>Values already encoded, copied as they are.</summary>
    public void Encoded(ReadOnlySpan<byte> values) => bytes.Write(values);

    public ReadOnlySpan<byte> Written => bytes.WrittenSpan;

    private void Head(int major, ulong value) => bytes.Advance(Head(bytes.GetSpan(9), major, value));

    /// <summary>Writes a signed integer at the start of <paramref name="span"/>; returns its length.</summary>
    public static int Integer(Span<byte> span, long value) => value >= 0 ? Head(span, 0, (ulong)value) : Head(span, 1, (ulong)(-1 - value));

    /// <summary>Writes a CBOR head (major type and argument, shortest form) at the start of <paramref name="span"/>; returns its length.</summary>
    public static int Head(Span<byte> span, int major, ulong value)
    {
        var kind = (byte)(major << 5);
        if (value < 24)
        {
            span[0] = (byte)(kind | (byte)value);
            return 1;
        }
        if (value <= byte.MaxValue)
        {
            span[0] = (byte)(kind | 24);
            span[1] = (byte)value;
            return 2;
        }
        if (value <= ushort.MaxValue)
        {
            span[0] = (byte)(kind | 25);
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)value);
            return 3;
        }
        if (value <= uint.MaxValue)
        {
            span[0] = (byte)(kind | 26);
            BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)value);
            return 5;
        }
        span[0] = (byte)(kind | 27);
        BinaryPrimitives.WriteUInt64BigEndian(span[1..], value);
        return 9;
    }
}
