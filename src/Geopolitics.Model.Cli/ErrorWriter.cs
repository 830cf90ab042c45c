using System.Text;

namespace Geopolitics.Model.Cli;

/// <summary>
/// Standard error as the tool writes diagnostics to it: each line written is one line, whatever the input quoted in
/// it holds, because line breaks and other controls in the text are escaped (<c>\n</c>, <c>\u001B</c>).
/// </summary>
internal sealed class ErrorWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (InputText.IsUnsafe(value))
        {
            inner.Write(InputText.Escaped([value]));
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value) => inner.Write(InputText.Escaped(value));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value) => inner.WriteLine(InputText.Escaped(value));

    public override void Flush() => inner.Flush();
}
