package storage

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf8"
)

// Kind is an evidence file type Assay accepts, decided from the content and
// never from the file name or the client's Content-Type.
type Kind string

// The kinds of evidence Assay accepts.
const (
	KindPDF  Kind = "pdf"
	KindPNG  Kind = "png"
	KindJPEG Kind = "jpeg"
	KindDOCX Kind = "docx"
	KindXLSX Kind = "xlsx"
	KindCSV  Kind = "csv"
	KindTXT  Kind = "txt"
)

// AllKinds lists every kind in the order shown to vendors.
var AllKinds = []Kind{KindPDF, KindPNG, KindJPEG, KindDOCX, KindXLSX, KindCSV, KindTXT}

// ContentType returns the media type evidence of this kind is stored and
// served with; text kinds say UTF-8 because Sniff only accepts UTF-8 text.
func (k Kind) ContentType() string {
	switch k {
	case KindPDF:
		return "application/pdf"
	case KindPNG:
		return "image/png"
	case KindJPEG:
		return "image/jpeg"
	case KindDOCX:
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case KindXLSX:
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	case KindCSV:
		return "text/csv; charset=utf-8"
	case KindTXT:
		return "text/plain; charset=utf-8"
	}
	return "application/octet-stream"
}

// SniffLen is how many leading bytes Sniff looks at. It is large enough to
// walk past the first entries of an Office file, whose names identify it.
const SniffLen = 256 << 10

var (
	pdfMagic       = []byte("%PDF-")
	pngMagic       = []byte("\x89PNG\r\n\x1a\n")
	jpegMagic      = []byte{0xFF, 0xD8, 0xFF}
	zipLocalHeader = []byte("PK\x03\x04")
	utf8BOM        = []byte{0xEF, 0xBB, 0xBF}
)

// Sniff decides the kind of content from head, its first bytes (at most
// SniffLen are used). complete reports that head is the whole content, so a
// line or character cut off at the end of head is not held against it. ok is
// false for anything that is not one of AllKinds, including executables,
// HTML, scripts, and zip files that are neither DOCX nor XLSX.
func Sniff(head []byte, complete bool) (kind Kind, ok bool) {
	if len(head) > SniffLen {
		head, complete = head[:SniffLen], false
	}
	switch {
	case len(head) == 0:
		return "", false
	case bytes.HasPrefix(head, pdfMagic):
		return KindPDF, true
	case bytes.HasPrefix(head, pngMagic):
		return KindPNG, true
	case bytes.HasPrefix(head, jpegMagic):
		return KindJPEG, true
	case bytes.HasPrefix(head, zipLocalHeader):
		return sniffOffice(head)
	}
	// Executables (MZ, ELF, Mach-O) and other binaries never get past the
	// text check: their headers hold NUL and other control bytes.
	return sniffText(head, complete)
}

// sniffOffice tells DOCX from XLSX by the entry names in the zip's local
// file headers, which precede each entry's data, so the central directory
// at the end of the file is not needed.
func sniffOffice(b []byte) (Kind, bool) {
	var contentTypes, word, xl, macros bool
	for p := 0; p+30 <= len(b) && bytes.Equal(b[p:p+4], zipLocalHeader); {
		flags := binary.LittleEndian.Uint16(b[p+6:])
		compSize := int(binary.LittleEndian.Uint32(b[p+18:]))
		nameLen := int(binary.LittleEndian.Uint16(b[p+26:]))
		extraLen := int(binary.LittleEndian.Uint16(b[p+28:]))
		nameEnd := p + 30 + nameLen
		if nameEnd > len(b) {
			break
		}
		name := string(b[p+30 : nameEnd])
		switch {
		case name == "[Content_Types].xml":
			contentTypes = true
		case strings.HasPrefix(name, "word/"):
			word = true
		case strings.HasPrefix(name, "xl/"):
			xl = true
		}
		// Macro-enabled documents (.docm, .xlsm) carry a VBA project.
		if strings.HasSuffix(strings.ToLower(name), "vbaproject.bin") {
			macros = true
		}
		dataStart := nameEnd + extraLen
		if dataStart > len(b) {
			break
		}
		const dataDescriptor = 0x08
		if flags&dataDescriptor != 0 || compSize == 0xFFFFFFFF {
			// The size follows the data (streamed writers) or sits in a
			// zip64 extra field; the next header is found by its signature.
			i := bytes.Index(b[dataStart:], zipLocalHeader)
			if i < 0 {
				break
			}
			p = dataStart + i
			continue
		}
		p = dataStart + compSize
	}
	switch {
	case !contentTypes || macros || word == xl:
		return "", false
	case word:
		return KindDOCX, true
	default:
		return KindXLSX, true
	}
}

// sniffText accepts UTF-8 text without NULs or control bytes other than
// layout ones, and refuses markup and scripts, which a browser or a shell
// might run. It returns CSV when the first records agree on a delimiter.
func sniffText(b []byte, complete bool) (Kind, bool) {
	b = bytes.TrimPrefix(b, utf8BOM)
	if !complete {
		b = trimPartialRune(b)
	}
	if !utf8.Valid(b) {
		return "", false
	}
	for _, c := range b {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f {
			return "", false
		}
	}
	if looksExecutable(b) {
		return "", false
	}
	if isCSV(b, complete) {
		return KindCSV, true
	}
	return KindTXT, true
}

// trimPartialRune drops a multi-byte character cut in half by the end of head.
func trimPartialRune(b []byte) []byte {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return b[:i]
			}
			break
		}
	}
	return b
}

// dangerousMarkers are fragments that make text renderable as a page or
// runnable as a script; evidence never needs them.
var dangerousMarkers = [][]byte{
	[]byte("<script"), []byte("<html"), []byte("<body"), []byte("<iframe"),
	[]byte("<svg"), []byte("<object"), []byte("<embed"), []byte("<?php"),
}

func looksExecutable(b []byte) bool {
	t := bytes.TrimLeft(b, " \t\r\n\f")
	if bytes.HasPrefix(t, []byte("#!")) {
		return true
	}
	// Any leading tag or declaration (<!DOCTYPE, <?xml, <div) is markup.
	if len(t) >= 2 && t[0] == '<' {
		c := t[1]
		if c == '!' || c == '?' || c == '/' || (c|0x20 >= 'a' && c|0x20 <= 'z') {
			return true
		}
	}
	lower := bytes.ToLower(b)
	for _, m := range dangerousMarkers {
		if bytes.Contains(lower, m) {
			return true
		}
	}
	return false
}

// csvMaxRecords bounds how many records decide the delimiter.
const csvMaxRecords = 20

// isCSV reports whether at least two records carry the same, non-zero
// number of one delimiter (comma, semicolon or tab) outside quotes.
func isCSV(b []byte, complete bool) bool {
	type counts [3]int // comma, semicolon, tab
	var records []counts
	var cur counts
	var inQuote, nonBlank bool
	flush := func() {
		if nonBlank {
			records = append(records, cur)
		}
		cur, nonBlank = counts{}, false
	}
	for _, c := range b {
		if len(records) > csvMaxRecords {
			break
		}
		switch {
		case c == '"':
			inQuote = !inQuote
		case inQuote:
		case c == '\n':
			flush()
			continue
		case c == ',':
			cur[0]++
		case c == ';':
			cur[1]++
		case c == '\t':
			cur[2]++
		}
		if c != '\r' && c != ' ' {
			nonBlank = true
		}
	}
	// A record still open when head ends is whole only if the file is.
	if complete {
		flush()
	}
	if len(records) > csvMaxRecords {
		records = records[:csvMaxRecords]
	}
	if len(records) < 2 {
		return false
	}
	for d := range 3 {
		want := records[0][d]
		if want == 0 {
			continue
		}
		same := true
		for _, r := range records[1:] {
			if r[d] != want {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}
