using System.Buffers;

namespace SiteGen.Outputs;

/// <summary>A write-only stream into a buffer writer, for the writers that take a stream (XmlWriter).</summary>
internal sealed class BufferWriterStream(IBufferWriter<byte> buffer) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() { }
    public override void Write(byte[] bytes, int offset, int count) => Write(bytes.AsSpan(offset, count));
    public override void Write(ReadOnlySpan<byte> bytes) => buffer.Write(bytes);
    public override void WriteByte(byte value) => buffer.Write([value]);

    public override int Read(byte[] bytes, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
