package reading

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"path"
	"strings"

	"assay/app/reading/internal/unreadable"
)

// officeZip is an Office Open XML package opened under the limits.
type officeZip struct {
	b      *budget
	kind   string // "DOCX" or "XLSX", for messages
	files  map[string]*zip.File
	opened int
}

// openOfficeZip opens the zip container of a DOCX or XLSX and refuses one
// with more entries than MaxZipEntries before reading any of them.
func openOfficeZip(b *budget, r io.ReaderAt, size int64, kind string) (*officeZip, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, unreadable.Errorf(err, "not a valid %s file", kind)
	}
	if len(zr.File) > b.lim.MaxZipEntries {
		return nil, unreadable.Errorf(nil, "holds more than %d zip entries", b.lim.MaxZipEntries)
	}
	z := &officeZip{b: b, kind: kind, files: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		// Part names are case-insensitive in OPC; the first of duplicate
		// names wins, as in Office.
		name := strings.ToLower(strings.TrimPrefix(f.Name, "/"))
		if _, dup := z.files[name]; !dup {
			z.files[name] = f
		}
	}
	return z, nil
}

// has reports whether the package holds the part name.
func (z *officeZip) has(name string) bool {
	_, ok := z.files[strings.ToLower(name)]
	return ok
}

// open returns a reader over one part that counts what it inflates: the
// sizes in the zip headers are written by whoever made the file, so they
// are checked up front but never trusted.
func (z *officeZip) open(name string) (io.ReadCloser, error) {
	f, ok := z.files[strings.ToLower(name)]
	if !ok {
		return nil, unreadable.Errorf(nil, "not a valid %s file: it has no %s", z.kind, name)
	}
	if f.UncompressedSize64 > uint64(z.b.lim.MaxEntryBytes) {
		return nil, z.entryTooBig()
	}
	rc, err := f.Open()
	if err != nil {
		return nil, unreadable.Errorf(err, "not a valid %s file: cannot open %s", z.kind, name)
	}
	z.opened++
	return &limitedEntry{rc: rc, z: z, left: z.b.lim.MaxEntryBytes}, nil
}

func (z *officeZip) entryTooBig() error {
	return unreadable.Errorf(nil, "a zip entry expands beyond %s", unreadable.FormatBytes(z.b.lim.MaxEntryBytes))
}

// limitedEntry stops a zip entry at MaxEntryBytes and charges every byte
// to the file's total decompression budget.
type limitedEntry struct {
	rc   io.ReadCloser
	z    *officeZip
	left int64
	err  error
}

func (l *limitedEntry) Read(p []byte) (int, error) {
	if l.err != nil {
		return 0, l.err
	}
	if l.left <= 0 {
		// One byte more than allowed tells a bomb from an entry that is
		// exactly at the limit.
		var one [1]byte
		n, err := l.rc.Read(one[:])
		if n > 0 {
			l.err = l.z.entryTooBig()
			return 0, l.err
		}
		if err == nil {
			err = io.ErrNoProgress
		}
		return 0, err
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.rc.Read(p)
	l.left -= int64(n)
	if e := l.z.b.Inflate(int64(n)); e != nil {
		l.err = e
		return 0, e
	}
	if err != nil && !errors.Is(err, io.EOF) {
		// archive/zip reports a checksum or size mismatch here; to the
		// analyst it is simply a damaged file.
		l.err = unreadable.Errorf(err, "not a valid %s file: a part is damaged", l.z.kind)
		return n, l.err
	}
	return n, err
}

func (l *limitedEntry) Close() error { return l.rc.Close() }

// readPart reads a small part (relationships, workbook) whole.
func (z *officeZip) readPart(name string) ([]byte, error) {
	rc, err := z.open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		return nil, err
	}
	return data, nil
}

// resolveTarget turns a relationship target into a part name: relative
// targets are relative to the folder of the part the relationships belong
// to, absolute ones start at the package root.
func resolveTarget(base, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Join(path.Dir(base), target), "/")
}

// xmlErr turns an XML syntax error in a part into an UnreadableError,
// leaving limit and deadline errors (already UnreadableError) as they are.
func (z *officeZip) xmlErr(part string, err error) error {
	var ue *UnreadableError
	if errors.As(err, &ue) {
		return err
	}
	return unreadable.Errorf(fmt.Errorf("%s: %w", part, err), "not a valid %s file: %s is damaged", z.kind, part)
}

// tokens opens a part and yields its XML tokens until the part ends,
// checking the deadline as it goes. It reads without namespace processing
// (RawToken: only local names matter, and it is faster), and checks what
// RawToken does not: that every element is closed when the data ends, so
// a part cut short is an error rather than fewer rows. A part that is
// missing, too large or broken yields an UnreadableError naming it and
// ends the loop.
func (z *officeZip) tokens(part string) iter.Seq2[xml.Token, error] {
	return func(yield func(xml.Token, error) bool) {
		rc, err := z.open(part)
		if err != nil {
			yield(nil, err)
			return
		}
		defer rc.Close()
		d := xml.NewDecoder(rc)
		depth := 0
		for {
			tok, err := d.RawToken()
			switch {
			case errors.Is(err, io.EOF) && depth == 0:
				return
			case errors.Is(err, io.EOF):
				err = fmt.Errorf("%w: %d elements left open", io.ErrUnexpectedEOF, depth)
			}
			if err != nil {
				yield(nil, z.xmlErr(part, err))
				return
			}
			if err := z.b.Tick(); err != nil {
				yield(nil, err)
				return
			}
			switch tok.(type) {
			case xml.StartElement:
				depth++
			case xml.EndElement:
				depth--
			}
			if !yield(tok, nil) {
				return
			}
		}
	}
}
