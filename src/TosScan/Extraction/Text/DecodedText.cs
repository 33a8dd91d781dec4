namespace TosScan.Extraction.Text;

/// <summary>Decoded text, the encoding that was used, and notes about how it was chosen.</summary>
internal sealed record DecodedText(string Text, string EncodingName, IReadOnlyList<string> Notes);
