using System.Text;

namespace Geopolitics.Model.Cli;

/// <summary>
/// A writer that names its destination when writing fails (a full device, a closed pipe), so the error says where it
/// could not write and not only why.
/// </summary>
internal sealed class OutputWriter(TextWriter inner, string destination) : TextWriter(inner.FormatProvider)
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        try
        {
            inner.Write(value);
        }
        catch (IOException e)
        {
            throw Located(e);
        }
    }

    public override void Write(string? value)
    {
        try
        {
            inner.Write(value);
        }
        catch (IOException e)
        {
            throw Located(e);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        try
        {
            inner.Write(buffer, index, count);
        }
        catch (IOException e)
        {
            throw Located(e);
        }
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e)
        {
            throw Located(e);
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (IOException e)
        {
            throw Located(e);
        }
    }

    private IOException Located(IOException e) => new($"cannot write to {destination}: {e.Message}", e);
}
