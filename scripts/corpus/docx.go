package main

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"
)

// docxText is the WordprocessingML of an HTML body as a document system
// exports it where no word processor is installed: headings, paragraphs
// with bold runs, numbered list items and tables (the subset the minutes
// use), each HTML block a paragraph.
func docxText(page string) string {
	body := page[strings.Index(page, "<body>")+len("<body>") : strings.Index(page, "</body>")]
	dec := xml.NewDecoder(strings.NewReader("<body>" + body + "</body>"))
	dec.Strict, dec.Entity = false, xml.HTMLEntity
	var b, para strings.Builder
	var style string
	bold, inCell, item := false, false, 0
	run := func(s string) {
		if s == "" {
			return
		}
		rpr := ""
		if bold {
			rpr = "<w:rPr><w:b/></w:rPr>"
		}
		fmt.Fprintf(&para, `<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>`, rpr, esc(s))
	}
	flush := func() {
		ppr := ""
		if style != "" {
			ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
		}
		fmt.Fprintf(&b, "<w:p>%s%s</w:p>", ppr, para.String())
		para.Reset()
		style = ""
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		check(err)
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "h1":
				style = "Heading1"
			case "h2":
				style = "Heading2"
			case "b", "th":
				bold = true
			case "ol":
				item = 0
			case "li":
				item++
				run(fmt.Sprintf("%d. ", item))
			case "table":
				b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>`)
			case "tr":
				b.WriteString("<w:tr>")
			}
			if t.Name.Local == "th" || t.Name.Local == "td" {
				inCell = true
				b.WriteString("<w:tc>")
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "h1", "h2", "p", "li":
				if !inCell {
					flush()
				}
			case "b":
				bold = false
			case "th", "td":
				flush()
				b.WriteString("</w:tc>")
				bold, inCell = false, false
			case "tr":
				b.WriteString("</w:tr>")
			case "table":
				b.WriteString("</w:tbl>")
			}
		case xml.CharData:
			if s := string(t); strings.TrimSpace(s) != "" {
				// Spaces between a bold label and its value are text too.
				run(spaced(s))
			}
		}
	}
	return b.String()
}

// spaced closes the spaces of s up, keeping one at either end where s has any.
func spaced(s string) string {
	t := strings.Join(strings.Fields(s), " ")
	if strings.TrimLeft(s, " \t\n") != s {
		t = " " + t
	}
	if strings.TrimRight(s, " \t\n") != s {
		t += " "
	}
	return t
}

// writeDOCX writes the HTML page as a DOCX file.
func writeDOCX(page, dst string) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	parts := [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`},
		{"word/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ` + ns + `><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style></w:styles>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ` + ns + `><w:body>` + docxText(page) + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`},
	}
	writeZip(dst, parts)
}

// writeZip writes the parts, each a name and its text, in turn into a
// ZIP file at dst, as office files are packed.
func writeZip(dst string, parts [][2]string) {
	f, err := os.Create(dst)
	check(err)
	z := zip.NewWriter(f)
	for _, p := range parts {
		w, err := z.Create(p[0])
		check(err)
		_, err = io.WriteString(w, p[1])
		check(err)
	}
	check(z.Close())
	check(f.Close())
}
