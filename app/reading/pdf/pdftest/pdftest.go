// Package pdftest builds small PDFs for tests of the PDF reader and of
// what reads through it: pages of text drawn the way browsers draw them,
// and a Writer for files built object by object, broken ones included.
package pdftest

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
	"unicode/utf16"
)

// Writer writes a PDF object by object, with a classic xref table or, as
// qpdf and Word do, an object stream and an xref stream. Objects are
// numbered from 1 in the order they are added; start with NewWriter, which
// reserves the first two for the catalog and the page tree that Finish
// fills in.
type Writer struct {
	objs []string // bodies; object n is objs[n-1]
	// streams are never put in object streams; this marks them.
	isStream []bool
}

// The objects NewWriter reserves.
const (
	Catalog  = 1
	PageTree = 2
)

// NewWriter starts a file whose catalog and page tree are objects Catalog
// and PageTree.
func NewWriter() *Writer {
	p := &Writer{}
	p.Add("")
	p.Add("")
	return p
}

// Finish adds a page for each content stream object, each page with the
// further entries given (resources, a media box), and fills in the
// catalog and the page tree.
func (p *Writer) Finish(entries string, contents ...int) {
	kids := make([]string, len(contents))
	for i, c := range contents {
		kids[i] = fmt.Sprintf("%d 0 R", p.Add(fmt.Sprintf("<</Type/Page/Parent %d 0 R%s/Contents %d 0 R>>", PageTree, entries, c)))
	}
	p.Set(Catalog, fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", PageTree))
	p.Set(PageTree, fmt.Sprintf("<</Type/Pages/Kids[%s]/Count %d>>", strings.Join(kids, " "), len(kids)))
}

// Add adds an object with the given body and returns its number.
func (p *Writer) Add(body string) int {
	p.objs = append(p.objs, body)
	p.isStream = append(p.isStream, false)
	return len(p.objs)
}

// Set replaces the body of object n, which Add("") reserved, so that
// parents can name children added after them.
func (p *Writer) Set(n int, body string) { p.objs[n-1] = body }

// Stream adds a stream object whose dictionary holds dict and /Length;
// compress deflates data and adds /Filter/FlateDecode.
func (p *Writer) Stream(dict string, data []byte, compress bool) int {
	if compress {
		var buf bytes.Buffer
		zw := zlib.NewWriter(&buf)
		zw.Write(data)
		zw.Close()
		data = buf.Bytes()
		dict += "/Filter/FlateDecode"
	}
	n := p.Add(fmt.Sprintf("<<%s/Length %d>>\nstream\n%s\nendstream", dict, len(data), data))
	p.isStream[n-1] = true
	return n
}

// HexUTF16 encodes s as a hex string of the 2-byte codes of the font of
// Text and Content (code = UTF-16 unit, mapped back by an identity
// ToUnicode).
func HexUTF16(s string) string {
	var sb strings.Builder
	sb.WriteByte('<')
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&sb, "%04X", u)
	}
	sb.WriteByte('>')
	return sb.String()
}

// identityToUnicode maps every 2-byte code to the same UTF-16 unit.
const identityToUnicode = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Test-UCS def /CMapType 2 def
1 begincodespacerange <0000> <FFFF> endcodespacerange
1 beginbfrange <0000> <FFFF> <0000> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`

// Text builds a PDF whose pages show the given lines, the words of a line
// drawn as separate strings spaced by TJ kerning, 12 pt, from the top of
// a Letter page. objStm puts the non-stream objects into an object stream.
func Text(pages [][]string, objStm bool) []byte {
	p := NewWriter()
	font := p.font()
	contents := make([]int, len(pages))
	for n, lines := range pages {
		var content strings.Builder
		content.WriteString("q 1 0 0 -1 0 792 cm\n") // Chromium flips y like this
		for i, line := range lines {
			y := 72 + 16*i
			// Words are drawn as separate strings with a TJ gap, as
			// shaping engines emit them, instead of literal spaces.
			words := strings.Fields(line)
			var tj strings.Builder
			for k, w := range words {
				if k > 0 {
					tj.WriteString(" -300 ")
				}
				tj.WriteString(HexUTF16(w))
			}
			fmt.Fprintf(&content, "BT /F1 12 Tf 1 0 0 -1 72 %d Tm [%s] TJ ET\n", y, tj.String())
		}
		content.WriteString("Q\n")
		contents[n] = p.Stream("", []byte(content.String()), true)
	}
	p.Finish(fmt.Sprintf("/MediaBox[0 0 612 792]/Resources<</Font<</F1 %d 0 R>>>>", font), contents...)
	if objStm {
		return p.BytesObjStm()
	}
	return p.Bytes()
}

// font adds the font of Text and Content, whose codes are UTF-16 units
// mapped back by an identity ToUnicode, and returns its number.
func (p *Writer) font() int {
	tu := p.Stream("", []byte(identityToUnicode), true)
	cid := p.Add("<</Type/Font/Subtype/CIDFontType2/BaseFont/AAAAAA+Test/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/DW 500>>")
	return p.Add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/AAAAAA+Test/Encoding/Identity-H/DescendantFonts[%d 0 R]/ToUnicode %d 0 R>>", cid, tu))
}

// Bytes writes the file with a classic xref table.
func (p *Writer) Bytes() []byte {
	var buf bytes.Buffer
	buf.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(p.objs))
	for i, body := range p.objs {
		offs[i] = buf.Len()
		fmt.Fprintf(&buf, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	xref := buf.Len()
	fmt.Fprintf(&buf, "xref\n0 %d\n0000000000 65535 f \n", len(p.objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&buf, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&buf, "trailer\n<</Size %d/Root %d 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(p.objs)+1, Catalog, xref)
	return buf.Bytes()
}

// BytesObjStm writes non-stream objects into one object stream and the
// cross-reference data as an xref stream (PDF 1.5), as qpdf and Word do.
func (p *Writer) BytesObjStm() []byte {
	var buf bytes.Buffer
	buf.WriteString("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
	n := len(p.objs)
	stmNum, xrefNum := n+1, n+2
	type entry struct{ typ, a, b int }
	entries := make([]entry, n+3)
	var header, body strings.Builder
	idx := 0
	for i, o := range p.objs {
		if p.isStream[i] {
			entries[i+1] = entry{1, buf.Len(), 0}
			fmt.Fprintf(&buf, "%d 0 obj\n%s\nendobj\n", i+1, o)
			continue
		}
		fmt.Fprintf(&header, "%d %d ", i+1, body.Len())
		body.WriteString(o + "\n")
		entries[i+1] = entry{2, stmNum, idx}
		idx++
	}
	data := header.String() + body.String()
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte(data))
	zw.Close()
	entries[stmNum] = entry{1, buf.Len(), 0}
	fmt.Fprintf(&buf, "%d 0 obj\n<</Type/ObjStm/N %d/First %d/Filter/FlateDecode/Length %d>>\nstream\n%s\nendstream\nendobj\n", stmNum, idx, len(header.String()), z.Len(), z.Bytes())
	entries[xrefNum] = entry{1, buf.Len(), 0}
	// The xref stream rows are PNG-Up predicted, as Acrobat writes them.
	var rows bytes.Buffer
	prev := make([]byte, 5)
	for _, e := range entries {
		row := []byte{byte(e.typ), byte(e.a >> 16), byte(e.a >> 8), byte(e.a), byte(e.b)}
		rows.WriteByte(2)
		for k := range row {
			rows.WriteByte(row[k] - prev[k])
		}
		prev = row
	}
	z.Reset()
	zw = zlib.NewWriter(&z)
	zw.Write(rows.Bytes())
	zw.Close()
	fmt.Fprintf(&buf, "%d 0 obj\n<</Type/XRef/Size %d/W[1 3 1]/Root %d 0 R/Filter/FlateDecode/DecodeParms<</Predictor 12/Columns 5>>/Length %d>>\nstream\n%s\nendstream\nendobj\n", xrefNum, len(entries), Catalog, z.Len(), z.Bytes())
	fmt.Fprintf(&buf, "startxref\n%d\n%%%%EOF\n", entries[xrefNum].a)
	return buf.Bytes()
}

// Content builds a PDF with one page per content stream, where /F1 is the
// font of Text (codes are UTF-16 units; see HexUTF16).
func Content(contents ...string) []byte {
	p := NewWriter()
	font := p.font()
	streams := make([]int, len(contents))
	for i, content := range contents {
		streams[i] = p.Stream("", []byte(content), true)
	}
	p.Finish(fmt.Sprintf("/Resources<</Font<</F1 %d 0 R>>>>", font), streams...)
	return p.Bytes()
}
