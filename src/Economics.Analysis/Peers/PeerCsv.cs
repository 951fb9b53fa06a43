using System.Text;

namespace Economics.Analysis.Peers;

/// <summary>Reads the peer CSV files: bounded in size, strict UTF-8, RFC 4180 fields (quotes, doubled quotes, commas
/// and newlines inside quotes).</summary>
internal static class PeerCsv
{
    /// <summary>The largest file read (bytes): the shipped files are about 120 KB.</summary>
    public const int MaxBytes = 4 << 20;

    /// <summary>The text of <paramref name="path"/>; at most <see cref="MaxBytes"/> are read, whatever the file reports
    /// (a pipe or a device never ends).</summary>
    public static string ReadText(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    throw new PeerDataException($"{path}: more than {MaxBytes} bytes; a peer data file may hold at most {MaxBytes} (4 MiB)");
                }

                buffer.Write(chunk, 0, read);
            }

            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer.ToArray()).TrimStart('\uFEFF');
        }
        catch (FileNotFoundException e)
        {
            throw new PeerDataException($"file not found: {path}", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new PeerDataException($"file not found: {path} (the folder does not exist)", e);
        }
        catch (DecoderFallbackException e)
        {
            throw new PeerDataException($"{path} is not valid UTF-8 text (bad byte at index {e.Index})", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PeerDataException($"cannot read {path}: {e.Message}", e);
        }
    }

    /// <summary>The records of <paramref name="text"/>, each with the line it starts on (1-based); blank lines skipped.</summary>
    public static IReadOnlyList<(int Line, IReadOnlyList<string> Fields)> Parse(string text, string name)
    {
        var records = new List<(int, IReadOnlyList<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        bool atFieldStart = true;   // nothing read yet since the record began or the last comma
        bool recordStarted = false; // the record has at least a separator, a quote or a character
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when atFieldStart:
                    quoted = true;
                    atFieldStart = false;
                    recordStarted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    recordStarted = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    End();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    atFieldStart = false;
                    recordStarted = true;
                    break;
            }
        }

        if (quoted)
        {
            throw new PeerDataException($"{name} line {recordLine}: a quoted field is not closed");
        }

        End();
        return records;

        void End()
        {
            if (recordStarted)
            {
                fields.Add(field.ToString());
                records.Add((recordLine, fields.ToArray()));
            }

            fields.Clear();
            field.Clear();
            atFieldStart = true;
            recordStarted = false;
        }
    }
}
