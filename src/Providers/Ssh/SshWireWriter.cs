using System.Buffers.Binary;
using System.Text;

namespace HostPool.Providers.Ssh;

/// <summary>Writes the SSH wire encoding (RFC 4251: uint32, string) used by key blobs and openssh-key-v1.</summary>
internal sealed class SshWireWriter
{
    private readonly MemoryStream _buffer = new();

    public int Length => (int)_buffer.Length;

    public SshWireWriter UInt32(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        _buffer.Write(bytes);
        return this;
    }

    public SshWireWriter String(ReadOnlySpan<byte> value)
    {
        UInt32((uint)value.Length);
        _buffer.Write(value);
        return this;
    }

    public SshWireWriter String(string value) => String(Encoding.UTF8.GetBytes(value));

    public SshWireWriter Raw(ReadOnlySpan<byte> value)
    {
        _buffer.Write(value);
        return this;
    }

    public byte[] ToArray() => _buffer.ToArray();
}
