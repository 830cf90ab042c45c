using System.Text.Unicode;
using System.Text;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>
/// Decodes a SIPRI export: UTF-8 when the bytes are valid UTF-8 (with or without a byte-order mark), otherwise
/// Windows-1252, the encoding of the classic trade register (<c>W\xe4rtsil\xe4</c>).
/// </summary>
/// <remarks>
/// Windows-1252 is decoded here rather than through <c>CodePagesEncodingProvider</c>, so that reading a file does not
/// register a provider for the whole process. Valid UTF-8 that is really Windows-1252 needs two or more high bytes in
/// a row that happen to form UTF-8 sequences, which SIPRI's Latin text does not produce.
/// </remarks>
internal static class SipriText
{
    // Windows-1252 bytes 0x80-0x9F; the five undefined ones map to the C1 control of the same value, as .NET does.
    private const string High = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
                                "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    public static string Decode(byte[] bytes, out bool windows1252)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var content = bytes.AsSpan(start);
        windows1252 = !Utf8.IsValid(content);
        return windows1252 ? DecodeWindows1252(bytes, start) : Encoding.UTF8.GetString(content);
    }

    public static string DecodeWindows1252(byte[] bytes, int start)
    {
        // Latin-1 agrees with Windows-1252 outside 0x80-0x9F and decodes vectorised; fix those bytes only if present.
        var content = bytes.AsSpan(start);
        if (content.IndexOfAnyInRange((byte)0x80, (byte)0x9F) < 0)
        {
            return Encoding.Latin1.GetString(content);
        }

        return string.Create(content.Length, (bytes, start), static (chars, state) =>
        {
            var source = state.bytes.AsSpan(state.start);
            for (var i = 0; i < chars.Length; i++)
            {
                var b = source[i];
                chars[i] = b is >= 0x80 and < 0xA0 ? High[b - 0x80] : (char)b;
            }
        });
    }
}
