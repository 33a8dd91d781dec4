#!/usr/bin/env python3
"""Generate the LoopTalk privacy statement PDF for the bundled TosScan corpus.

Standard library only. Writes an uncompressed, multi-page PDF 1.4 that uses the
base-14 Helvetica / Helvetica-Bold Type1 fonts with WinAnsiEncoding, so the text
is extractable by any PDF text extractor. Lines are wrapped using the Helvetica
glyph widths (AFM units per 1000 em) and the xref table is computed from the
actual byte offsets.

Usage: python3 corpus/tools/make_pdf.py [output.pdf]
Default output: corpus/sites/looptalk/legal/privacy.pdf (relative to this file).
"""
import os
import sys

# Helvetica widths for ASCII 32..126 (from the standard Adobe AFM metrics).
_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
# A few WinAnsi extras used in the text (curly quotes, dashes, bullet, accents).
_EXTRA = {"\u2019": 222, "\u2018": 222, "\u201c": 333, "\u201d": 333, "\u2013": 556,
          "\u2014": 1000, "\u2022": 350, "\u00e9": 556, "\u00a7": 556}


def char_width(ch, bold=False):
    o = ord(ch)
    w = _HELV[o - 32] if 32 <= o <= 126 else _EXTRA.get(ch, 556)
    return w * 1.06 if bold else w


def text_width(s, size, bold=False):
    return sum(char_width(c, bold) for c in s) * size / 1000.0


def wrap(text, size, max_width, bold=False):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if text_width(cand, size, bold) <= max_width:
            cur = cand
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def pdf_string(s):
    b = s.encode("cp1252")
    out = bytearray(b"(")
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += ("\\%03o" % c).encode("ascii")
        else:
            out.append(c)
    out += b")"
    return bytes(out)


PAGE_W, PAGE_H = 595, 842          # A4 in points
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 64, 64, 72, 72
BODY = 10.5
STYLES = {"h1": ("F2", 18), "h2": ("F2", 12.5), "p": ("F1", BODY), "li": ("F1", BODY)}


def layout(source):
    """Turn the light markup into pages of (font, size, x, y, text) runs."""
    blocks = []
    para = []
    for raw in source.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            if para:
                blocks.append(("p", " ".join(para)))
                para = []
            continue
        if line.startswith("## "):
            if para:
                blocks.append(("p", " ".join(para))); para = []
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            if para:
                blocks.append(("p", " ".join(para))); para = []
            blocks.append(("h1", line[2:]))
        elif line.startswith("- "):
            if para:
                blocks.append(("p", " ".join(para))); para = []
            blocks.append(("li", line[2:]))
        else:
            para.append(line)
    if para:
        blocks.append(("p", " ".join(para)))

    pages, runs = [], []
    y = PAGE_H - MARGIN_T
    usable = PAGE_W - MARGIN_L - MARGIN_R
    for kind, text in blocks:
        font, size = STYLES[kind]
        bold = font == "F2"
        indent = 16 if kind == "li" else 0
        lines = wrap(text, size, usable - indent, bold)
        lead = size * 1.4
        space_before = {"h1": 0, "h2": 10, "p": 4, "li": 1}[kind]
        # keep headings with at least two following lines
        needed = lead * (len(lines) + (2 if kind == "h2" else 0)) + space_before
        if y - needed < MARGIN_B and runs:
            pages.append(runs); runs = []; y = PAGE_H - MARGIN_T
        else:
            y -= space_before
        for i, ln in enumerate(lines):
            if y - lead < MARGIN_B:
                pages.append(runs); runs = []; y = PAGE_H - MARGIN_T
            y -= lead
            if kind == "li" and i == 0:
                runs.append(("F1", size, MARGIN_L + 4, y, "\u2022"))
            runs.append((font, size, MARGIN_L + indent, y, ln))
    if runs:
        pages.append(runs)
    return pages


def build_pdf(source, title):
    pages = layout(source)
    n = len(pages)
    objs = {}
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then (content, page) pairs
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Title " + pdf_string(title) + b" /Producer (TosScan corpus make_pdf.py) >>"
    kids = []
    for i, runs in enumerate(pages):
        cnum, pnum = 6 + 2 * i, 7 + 2 * i
        parts = []
        for font, size, x, y, text in runs:
            parts.append(b"BT /%s %.1f Tf %.2f %.2f Td %s Tj ET" %
                         (font.encode(), size, x, y, pdf_string(text)))
        footer = "LoopTalk Privacy Statement \u2013 page %d of %d" % (i + 1, n)
        parts.append(b"BT /F1 8.0 Tf %.2f 40.00 Td %s Tj ET" % (MARGIN_L, pdf_string(footer)))
        stream = b"\n".join(parts) + b"\n"
        objs[cnum] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        objs[pnum] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                      b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                      % (PAGE_W, PAGE_H, cnum))
        kids.append(b"%d 0 R" % pnum)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % n

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n"
    xref_pos = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref_pos)
    return bytes(out)


# ---------------------------------------------------------------------------
# Source text (original, written for the TosScan corpus; fictional company).
# Markup: "# " title, "## " heading, "- " bullet, blank line = new paragraph.
# ---------------------------------------------------------------------------
SOURCE = """
# LoopTalk Privacy Statement

Version 4.1 \u2013 effective 1 February 2025

This Privacy Statement explains how LoopTalk Networks Inc. (hereinafter \u201cLoopTalk\u201d, \u201cwe\u201d, \u201cus\u201d or \u201cour\u201d) collects, uses, discloses and retains personal information relating to users of the LoopTalk voice-room applications, websites and related services (collectively, the \u201cServices\u201d). This Statement forms part of, and is incorporated by reference into, the LoopTalk User Agreement available at https://looptalk.example/legal/user-agreement. Where this Statement conflicts with the User Agreement in respect of the processing of personal information, this Statement shall prevail.

## 1. Scope and Controller

1.1 LoopTalk Networks Inc., No. 5 Meridian Plaza, Austin, Texas 78701, U.S., acts as the controller of personal information processed in connection with the Services, save where expressly stated otherwise herein. Users resident in the European Economic Area may contact our designated representative at eu-rep@looptalk.example.

1.2 This Statement does not apply to third-party websites, applications or services linked from the Services, each of which is governed by its own privacy terms.

## 2. Categories of Personal Information Collected

2.1 Registration data, i.e. your display name, e-mail address, mobile number, date of birth and password hash.

2.2 Voice and room data, including the audio you transmit in live rooms, recordings of rooms where the host has enabled recording, room titles, reactions, and chat messages sent within rooms.

2.3 Social graph data, e.g. the users you follow, the rooms you join, and (where you grant permission) the contacts stored in your device address book.

2.4 Technical data, including device model, operating system, advertising identifier, IP address, crash logs, and coarse location derived from your IP address.

2.5 Payment data in connection with tips and LoopTalk Plus subscriptions. Full card numbers are collected and stored by our payment processor and are not retained by LoopTalk.

## 3. Purposes and Legal Bases

3.1 We process personal information for the following purposes:

- performing our contract with you, namely operating rooms, delivering audio and maintaining your account;
- safety and integrity, including detecting spam, fraud, harassment and the exploitation of minors;
- analytics and product development, based on our legitimate interests;
- personalised advertising, as further described in Section 4;
- compliance with legal obligations, e.g. tax record-keeping and responding to lawful requests.

3.2 Where processing is based on consent, you may withdraw your consent at any time without affecting the lawfulness of processing carried out prior to such withdrawal.

## 4. Disclosure to Advertising and Marketing Partners

4.1 LoopTalk is funded in part by advertising. Unless you opt out, we share your advertising identifier, hashed e-mail address, coarse location, age range and interest categories inferred from the rooms you join with our advertising partners and measurement providers, who use such information to select, deliver and measure advertisements on and off the Services and to build audience segments for their own marketing.

4.2 You may opt out of the disclosure described in Section 4.1 at any time by navigating to Settings > Privacy > Partner Advertising and disabling the toggle labelled \u201cShare with partners\u201d. An opt-out shall take effect prospectively only and shall not require any partner to delete information received prior to the opt-out.

4.3 The Services incorporate software development kits supplied by advertising partners. Such SDKs may collect device information directly, subject to the partner\u2019s own privacy notice.

4.4 We do not disclose the content of your voice recordings or private messages to advertisers.

## 5. Other Disclosures

5.1 Service providers. We engage hosting, content-delivery, transcription and customer-support vendors who process personal information solely on our behalf and under written contractual obligations of confidentiality.

5.2 Payment processors. We only share payment data with payment processors to process your payment and to prevent fraud in connection therewith.

5.3 Corporate transactions. Personal information may be transferred to an acquirer or successor in the event of a merger, acquisition, financing or sale of all or a portion of our assets, subject to the commitments made in this Statement.

5.4 Legal process. We may disclose personal information where we reasonably believe disclosure is required by applicable law, regulation, legal process or enforceable governmental request.

## 6. Retention

6.1 Account data are retained for the life of your account and deleted within 90 days after account closure, unless a longer period is required by law.

6.2 Live audio that is not recorded is processed transiently and is not stored after the room ends. Room recordings are retained for so long as the host keeps them available; a deleted recording is purged from our primary storage within 30 days and from backup media within 90 days.

6.3 Safety records relating to suspended accounts, including evidence of child-safety violations, may be retained for up to five (5) years or as required to cooperate with law enforcement.

6.4 Technical logs are retained for up to 13 months.

## 7. Your Rights

7.1 Subject to applicable law, you may request access to, correction of, portability of, or deletion of your personal information, and you may object to or request restriction of certain processing. Requests may be submitted through the in-app Privacy Centre or by e-mail to privacy@looptalk.example.

7.2 We will respond within the period prescribed by law (e.g. one month under the GDPR, 45 days under certain U.S. state laws). We shall not discriminate against you for exercising any of these rights.

## 8. Minors

8.1 The Services are intended for users aged 16 and over. Accounts identified as belonging to users under 16 are disabled and the associated personal information is deleted within 30 days.

8.2 Users aged 16 or 17 are excluded from the partner advertising programme described in Section 4 regardless of their settings.

## 9. Security

We implement administrative, technical and physical safeguards designed to protect personal information, including encryption in transit and at rest, role-based access controls and regular penetration testing. No method of transmission or storage is entirely secure, and we cannot guarantee absolute security.

## 10. International Transfers

Personal information may be transferred to and processed in the U.S. and other countries. Where required, such transfers are made on the basis of standard contractual clauses approved by the European Commission or another lawful transfer mechanism.

## 11. Amendments

We may amend this Statement from time to time. Material amendments will be notified by e-mail or in-app notice not less than fifteen (15) days before they take effect.

## 12. Contact

Data Protection Officer, LoopTalk Networks Inc., No. 5 Meridian Plaza, Austin, TX 78701, U.S. E-mail: privacy@looptalk.example.
"""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "sites", "looptalk", "legal", "privacy.pdf")
    target = sys.argv[1] if len(sys.argv) > 1 else default
    data = build_pdf(SOURCE, "LoopTalk Privacy Statement")
    os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
    with open(target, "wb") as fh:
        fh.write(data)
    print("wrote %s (%d bytes)" % (os.path.normpath(target), len(data)))


if __name__ == "__main__":
    main()
