using System.Globalization;
using System.Text;

namespace TosScan.Cli.Rendering;

/// <summary>
/// Makes text safe to print on a terminal. Crawled text is written by strangers, and an ESC or BEL
/// in it would reach the reader's terminal as a command (retitle the window, clear the screen,
/// rewrite what was printed). Every text renderer passes its output through <see cref="Inert"/>:
/// C0 controls are shown as their Unicode control pictures (ESC as ␛, BEL as ␇), DEL as ␡, and
/// C1 controls, which some terminals also obey, as \u escapes. Line breaks and tabs stay.
/// </summary>
internal static class TerminalText
{
    public static string Inert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && !NeedsEscape(text, i))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var s = new StringBuilder(text.Length + 16);
        s.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(text, i))
            {
                s.Append(c);
            }
            else if (c < 0x20)
            {
                s.Append((char)(0x2400 + c)); // U+2400..U+241F: control pictures
            }
            else if (c == 0x7F)
            {
                s.Append('\u2421');
            }
            else
            {
                s.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return s.ToString();
    }

    private static bool NeedsEscape(string text, int i) => text[i] switch
    {
        '\n' or '\t' => false,
        '\r' => i + 1 >= text.Length || text[i + 1] != '\n', // a lone CR rewrites the line; CRLF is a line break
        < ' ' or '\u007F' => true,
        >= '\u0080' and <= '\u009F' => true,
        _ => false,
    };
}
