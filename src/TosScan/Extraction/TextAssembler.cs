using System.Text;
using TosScan.Documents;

namespace TosScan.Extraction;

/// <summary>
/// Builds the extracted text block by block, so every block's span is exact by construction.
/// Blocks are separated by a blank line ("\n\n") and never glued; inside a block, runs of spaces
/// collapse to one space and single line breaks are kept (one per line of source text).
/// </summary>
internal sealed class TextAssembler
{
    private const string BlockSeparator = "\n\n";
    private readonly StringBuilder _text = new();
    private readonly List<Block> _blocks = [];
    private readonly StringBuilder _scratch = new();

    public int BlockCount => _blocks.Count;

    /// <summary>Adds one block; text that is empty after normalising is ignored.</summary>
    public void Add(BlockKind kind, string rawText, int level = 0)
    {
        var text = Normalize(rawText);
        if (text.Length == 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append(BlockSeparator);
        }

        _blocks.Add(new Block(kind, new TextSpan(_text.Length, text.Length), level));
        _text.Append(text);
    }

    public ExtractedText Build(string? title, IReadOnlyList<string> notes) =>
        new(_text.ToString(), _blocks.ToArray(), string.IsNullOrWhiteSpace(title) ? null : Normalize(title).Replace('\n', ' '))
        {
            Notes = notes,
        };

    /// <summary>Collapses whitespace inside lines, trims lines and drops empty lines.</summary>
    private string Normalize(string raw)
    {
        _scratch.Clear();
        var pendingSpace = false;
        var pendingNewline = false;
        foreach (var c in raw)
        {
            if (c == '\u00AD')
            {
                // A soft hyphen is an invisible line-break hint, not part of the word.
                continue;
            }

            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                pendingNewline = _scratch.Length > 0;
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                // Zero-width spaces and stray BOMs carry no words; treating them as spaces keeps
                // spans from starting or ending on invisible characters.
                pendingSpace = pendingSpace || _scratch.Length > 0;
            }
            else
            {
                if (pendingNewline)
                {
                    _scratch.Append('\n');
                }
                else if (pendingSpace)
                {
                    _scratch.Append(' ');
                }

                pendingNewline = pendingSpace = false;
                _scratch.Append(c);
            }
        }

        return _scratch.ToString();
    }
}
