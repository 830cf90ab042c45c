using Geopolitics.Model.Datasets.Sipri;

namespace Geopolitics.Model.Datasets.Tests.Sipri;

public class SipriTextTests
{
    [Fact]
    public void Decode_InvalidUtf8_ReadsWindows1252IncludingItsPunctuation()
    {
        byte[] bytes = [(byte)'W', 0xE4, (byte)'r', 0x80, 0x91, 0x92, 0x96, 0x9F];

        var text = SipriText.Decode(bytes, out var windows1252);

        Assert.True(windows1252);
        Assert.Equal("Wär€‘’–Ÿ", text);
    }

    [Fact]
    public void Decode_Latin1RangeOnly_ReadsWindows1252()
    {
        byte[] bytes = [(byte)'W', 0xE4, (byte)'r', (byte)'t'];

        Assert.Equal("Wärt", SipriText.Decode(bytes, out _));
    }

    [Fact]
    public void Decode_Utf8WithByteOrderMark_DropsTheMark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'W', 0xC3, 0xA4];

        var text = SipriText.Decode(bytes, out var windows1252);

        Assert.False(windows1252);
        Assert.Equal("Wä", text);
    }
}
