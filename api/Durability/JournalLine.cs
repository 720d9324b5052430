using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace TransitionLab.Api.Durability;

/// <summary>
/// One journal line: <c>{"seq":7,"crc32":"cbf43926","entry":{...}}</c> followed by <c>\n</c>.
/// The checksum covers the exact UTF-8 bytes of <c>entry</c>, so a line is trusted only if it is whole
/// and unchanged; the newline marks the end of a write, so a line without one is a torn write.
/// </summary>
internal static class JournalLine
{
    private const byte NewLine = (byte)'\n';

    /// <summary>Serialises an entry once, on the caller's thread, so the writer loop only does I/O.</summary>
    public static EncodedEntry Encode<T>(T entry, JsonSerializerOptions json)
    {
        byte[] payload = JsonSerializer.SerializeToUtf8Bytes(entry, json);
        return new EncodedEntry(payload, Crc32.Compute(payload));
    }

    /// <summary>Appends the whole line, newline included, to <paramref name="output"/>.</summary>
    public static void Write(IBufferWriter<byte> output, long sequence, EncodedEntry entry)
    {
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteNumber("seq", sequence);
            writer.WriteString("crc32", entry.Checksum.ToString("x8", CultureInfo.InvariantCulture));
            writer.WritePropertyName("entry");
            writer.WriteRawValue(entry.Payload, skipInputValidation: true);
            writer.WriteEndObject();
        }
        output.Write([NewLine]);
    }

    /// <summary>
    /// Reads one line (without its newline). Returns false, never throws, when the line is not a whole,
    /// unchanged journal line: the reader treats that as the end of the trustworthy journal.
    /// </summary>
    public static bool TryRead<T>(ReadOnlySpan<byte> line, JsonSerializerOptions json, out long sequence, out T entry)
    {
        sequence = 0;
        entry = default!;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject
                || !ReadProperty(ref reader, "seq") || !reader.TryGetInt64(out sequence)
                || !ReadProperty(ref reader, "crc32") || reader.TokenType != JsonTokenType.String
                || !uint.TryParse(reader.GetString(), System.Globalization.NumberStyles.AllowHexSpecifier, null, out uint checksum)
                || !ReadProperty(ref reader, "entry"))
            {
                return false;
            }

            int start = (int)reader.TokenStartIndex;
            reader.Skip();
            ReadOnlySpan<byte> payload = line[start..(int)reader.BytesConsumed];
            if (Crc32.Compute(payload) != checksum
                || !reader.Read() || reader.TokenType != JsonTokenType.EndObject
                || reader.Read())
            {
                return false;
            }

            T? value = JsonSerializer.Deserialize<T>(payload, json);
            if (value is null)
            {
                return false;
            }
            entry = value;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Returns the index of the end of the first line in <paramref name="bytes"/>, or -1 if it is torn.</summary>
    public static int EndOfLine(ReadOnlySpan<byte> bytes) => bytes.IndexOf(NewLine);

    private static bool ReadProperty(ref Utf8JsonReader reader, string name) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(name) && reader.Read();
}

/// <summary>An entry's serialised JSON and its CRC-32, ready to be framed as a line.</summary>
internal readonly record struct EncodedEntry(byte[] Payload, uint Checksum);
