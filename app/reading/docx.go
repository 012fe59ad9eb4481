package reading

import (
	"encoding/xml"
	"io"
	"iter"
	"strings"
)

// maxTableNesting bounds tables inside table cells; deeper tables are read
// as the text of the cell that holds them.
const maxTableNesting = 16

// readDOCX streams word/document.xml: paragraphs become lines, tables
// become Tables (and tab-joined lines). Headers, footers, comments and
// other parts are not read: evidence facts live in the body.
func readDOCX(b *budget, r io.ReaderAt, size int64, doc *Document) error {
	z, err := openOfficeZip(b, r, size, "DOCX")
	if err != nil {
		return err
	}
	w := &docxWalker{b: b}
	if err := w.walk(z.tokens(mainDocumentPart(z))); err != nil {
		return err
	}
	doc.Text = w.text.String()
	doc.Tables = w.tables
	return b.Check()
}

// mainDocumentPart finds the body part through the package relationships,
// falling back to the name Word uses.
func mainDocumentPart(z *officeZip) string {
	const fallback = "word/document.xml"
	for _, rel := range readRels(z, "_rels/.rels") {
		if strings.HasSuffix(rel.Type, "/officeDocument") {
			if name := resolveTarget("", rel.Target); z.has(name) {
				return name
			}
		}
	}
	return fallback
}

// docxTable is a table being read; cell collects the paragraphs of the
// current cell.
type docxTable struct {
	rows [][]string
	row  []string
	cell []string
	in   bool // inside a w:tc
}

// docxWalker keeps the state of one pass over document.xml.
type docxWalker struct {
	b      *budget
	text   strings.Builder
	tables []Table
	stack  []*docxTable // open tables, innermost last
	para   strings.Builder
	inPara int  // depth of open w:p (text boxes nest paragraphs)
	skip   int  // depth inside elements whose text is not content
	inText bool // inside a w:t, whose character data is the text
}

func (w *docxWalker) walk(tokens iter.Seq2[xml.Token, error]) error {
	for tok, err := range tokens {
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := w.start(t); err != nil {
				return err
			}
		case xml.EndElement:
			if err := w.end(t.Name.Local); err != nil {
				return err
			}
		case xml.CharData:
			if w.skip == 0 && w.inText {
				w.para.Write(t)
			}
		}
	}
	return nil
}

func (w *docxWalker) start(t xml.StartElement) error {
	if w.skip > 0 {
		w.skip++
		return nil
	}
	switch t.Name.Local {
	case "Fallback", "delText", "instrText":
		// mc:Fallback repeats the mc:Choice content (text boxes would come
		// out twice); deleted text and field codes are not what is shown.
		w.skip = 1
	case "t":
		w.inText = true
	case "tab":
		if w.inPara > 0 {
			w.para.WriteByte('\t')
		}
	case "noBreakHyphen":
		if w.inPara > 0 {
			w.para.WriteByte('-')
		}
	case "br", "cr":
		if w.inPara > 0 {
			w.para.WriteByte('\n')
		}
	case "p":
		if w.inPara > 0 {
			// A paragraph inside a paragraph (a text box) is a line of
			// its own between the text around it.
			w.lineBreak()
		}
		w.inPara++
	case "tbl":
		if len(w.stack) < maxTableNesting {
			w.stack = append(w.stack, &docxTable{})
		}
	case "tr":
		if tb := w.table(); tb != nil {
			tb.row = nil
		}
	case "tc":
		if tb := w.table(); tb != nil {
			tb.cell, tb.in = nil, true
		}
	}
	return nil
}

func (w *docxWalker) end(name string) error {
	if w.skip > 0 {
		w.skip--
		return nil
	}
	switch name {
	case "t":
		w.inText = false
	case "p":
		if w.inPara == 0 {
			return nil
		}
		w.inPara--
		if w.inPara > 0 {
			w.lineBreak()
			return nil
		}
		line := w.para.String()
		w.para.Reset()
		if tb := w.table(); tb != nil && tb.in {
			tb.cell = append(tb.cell, line)
			return nil
		}
		for _, l := range strings.Split(line, "\n") {
			w.text.WriteString(strings.TrimRight(l, " \t"))
			w.text.WriteByte('\n')
		}
	case "tc":
		if tb := w.table(); tb != nil && tb.in {
			tb.row = append(tb.row, strings.TrimSpace(strings.Join(tb.cell, "\n")))
			tb.cell, tb.in = nil, false
		}
	case "tr":
		if tb := w.table(); tb != nil {
			if err := w.b.row(); err != nil {
				return err
			}
			tb.rows = append(tb.rows, tb.row)
			if len(w.stack) == 1 {
				// Nested tables reach Text through their outer cell.
				tableText(&w.text, [][]string{tb.row})
			}
			tb.row = nil
		}
	case "tbl":
		if len(w.stack) == 0 {
			return nil
		}
		tb := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		w.tables = append(w.tables, Table{Rows: tb.rows})
		if outer := w.table(); outer != nil && outer.in {
			// A nested table's rows also read as the text of the outer
			// cell, so nothing in it is lost from the outer table.
			var sb strings.Builder
			tableText(&sb, tb.rows)
			outer.cell = append(outer.cell, strings.TrimRight(sb.String(), "\n"))
		}
	}
	return nil
}

// lineBreak ends the current line of the paragraph unless it is empty.
func (w *docxWalker) lineBreak() {
	if n := w.para.Len(); n > 0 && w.para.String()[n-1] != '\n' {
		w.para.WriteByte('\n')
	}
}

// table returns the innermost open table, or nil.
func (w *docxWalker) table() *docxTable {
	if len(w.stack) == 0 {
		return nil
	}
	return w.stack[len(w.stack)-1]
}

// rel is one relationship of an OPC part.
type rel struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
}

// readRels reads a relationships part; a missing or broken one yields no
// relationships, and callers fall back to the conventional part names.
func readRels(z *officeZip, name string) []rel {
	if !z.has(name) {
		return nil
	}
	data, err := z.readPart(name)
	if err != nil {
		return nil
	}
	var rels struct {
		Rels []rel `xml:"Relationship"`
	}
	if err := xml.Unmarshal(data, &rels); err != nil {
		return nil
	}
	return rels.Rels
}
