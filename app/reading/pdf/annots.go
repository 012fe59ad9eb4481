package pdf

import (
	"math"
	"strings"
	"unicode/utf8"
)

// maxAnnots bounds the annotations read on one page.
const maxAnnots = 4096

// Annotation flags that keep an annotation off the screen.
const (
	annotHidden = 1 << 1
	annotNoView = 1 << 5
)

// rect is a rectangle in default user space, normalised so that
// x0 <= x1 and y0 <= y1.
type rect struct{ x0, y0, x1, y1 float64 }

// rect reads a rectangle [x0 y0 x1 y1] given corners in any order.
func (f *pdfFile) rect(v any) (rect, bool) {
	a, ok := f.resolve(v).(pdfArray)
	if !ok || len(a) != 4 {
		return rect{}, false
	}
	var n [4]float64
	for i := range n {
		if n[i], ok = toFloat(f.resolve(a[i])); !ok {
			return rect{}, false
		}
	}
	return rect{math.Min(n[0], n[2]), math.Min(n[1], n[3]), math.Max(n[0], n[2]), math.Max(n[1], n[3])}, true
}

// annotations reads the text a page shows outside its content: the values
// of form fields and the text of free-text annotations, which is where a
// filled-in form keeps what was typed into it. A field without a value
// shows its appearance instead. Check boxes, buttons and signatures are
// left out: their appearances are symbols and pictures, not text.
func (ex *textExtractor) annotations(p pdfPage) error {
	f := ex.f
	annots, _ := f.resolve(p.dict["Annots"]).(pdfArray)
	for i, a := range annots {
		if i >= maxAnnots {
			break
		}
		if err := f.b.Tick(); err != nil {
			return err
		}
		d := f.dict(a)
		flags, _ := toInt(f.resolve(d["F"]))
		r, ok := f.rect(d["Rect"])
		if d == nil || flags&(annotHidden|annotNoView) != 0 || !ok {
			continue
		}
		owner, _ := a.(pdfRef)
		var err error
		switch d.name("Subtype") {
		case "Widget":
			typ, _ := f.inherited(d, owner, "FT")
			if typ == pdfName("Btn") || typ == pdfName("Sig") {
				continue
			}
			v, vOwner := f.inherited(d, owner, "V")
			if value := f.textString(v, vOwner); value != "" {
				err = ex.place(value, r, f.fontSize(d, owner))
			} else {
				err = ex.appearance(d, r, p.res)
			}
		case "FreeText":
			if contents := f.textString(d["Contents"], owner); contents != "" {
				err = ex.place(contents, r, f.fontSize(d, owner))
			} else {
				err = ex.appearance(d, r, p.res)
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// inherited returns an entry of a form field, or of the nearest parent
// field that has it, resolved, with the object holding it (for decrypting
// strings).
func (f *pdfFile) inherited(d pdfDict, owner pdfRef, key pdfName) (any, pdfRef) {
	for hops := 0; d != nil && hops < maxRefHops; hops++ {
		if v, ok := d[key]; ok {
			if ref, ok := v.(pdfRef); ok {
				owner = ref
			}
			return f.resolve(v), owner
		}
		owner, _ = d["Parent"].(pdfRef)
		d = f.dict(d["Parent"])
	}
	return nil, pdfRef{}
}

// fontSize returns the size a field or annotation's default appearance
// (/DA, inherited from parent fields or the form) sets, or 0 for "fit".
func (f *pdfFile) fontSize(d pdfDict, owner pdfRef) float64 {
	da, daOwner := f.inherited(d, owner, "DA")
	if da == nil {
		acro := f.catalog()["AcroForm"]
		acroOwner, _ := acro.(pdfRef)
		da, daOwner = f.inherited(f.dict(acro), acroOwner, "DA")
	}
	s, _ := da.(pdfString)
	l := &lexer{b: []byte(f.decryptString(s, daOwner))}
	var size float64
	for n := 0; n < 64 && !l.eof(); n++ {
		obj, err := l.object()
		if err != nil {
			break
		}
		if obj == pdfKeyword("Tf") {
			return size
		}
		size, _ = toFloat(obj)
	}
	return 0
}

// place shows a field's value in its rectangle as a viewer lays it out:
// one line per line of the value from the top, or centred when one line
// fits. Its characters are known, so they count as mapped text.
func (ex *textExtractor) place(value string, r rect, size float64) error {
	if size <= 0 {
		size = math.Min(12, math.Max(r.y1-r.y0-4, 1)) // auto-sized
	}
	lines := strings.Split(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(value), "\n")
	y := r.y1 - 2 - 0.8*size
	if len(lines) == 1 && r.y1-r.y0 < 2*size {
		y = (r.y0+r.y1)/2 - 0.35*size
	}
	for _, line := range lines {
		n := utf8.RuneCountInString(line)
		ex.shown += n
		ex.mapped += n
		x := r.x0 + 2
		if err := ex.glyph(x, x+0.5*size*float64(n), y, size, line, true); err != nil {
			return err
		}
		y -= 1.15 * size
	}
	return nil
}

// appearance draws an annotation's normal appearance, its bounding box
// (after its matrix) fitted to the annotation's rectangle (ISO 32000-1,
// 12.5.5).
func (ex *textExtractor) appearance(d pdfDict, r rect, res pdfDict) error {
	f := ex.f
	n := f.resolve(f.dict(d["AP"])["N"])
	if states, ok := n.(pdfDict); ok {
		n = f.resolve(states[d.name("AS")])
	}
	s, ok := n.(*pdfStream)
	if !ok {
		return nil
	}
	box, ok := f.rect(s.dict["BBox"])
	if !ok {
		return nil
	}
	m := f.matrix(s.dict["Matrix"])
	b := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, c := range [][2]float64{{box.x0, box.y0}, {box.x0, box.y1}, {box.x1, box.y0}, {box.x1, box.y1}} {
		x, y := m.apply(c[0], c[1])
		b = rect{math.Min(b.x0, x), math.Min(b.y0, y), math.Max(b.x1, x), math.Max(b.y1, y)}
	}
	sx, sy := 1.0, 1.0
	if b.x1 > b.x0 {
		sx = (r.x1 - r.x0) / (b.x1 - b.x0)
	}
	if b.y1 > b.y0 {
		sy = (r.y1 - r.y0) / (b.y1 - b.y0)
	}
	fit := mat{sx, 0, 0, sy, r.x0 - b.x0*sx, r.y0 - b.y0*sy}
	return ex.form(s, res, gstate{ctm: fit, th: 1}, 0, nil)
}

// textString decodes a text string (a form value or an annotation's
// contents) held by owner, or a stream or array of them.
func (f *pdfFile) textString(v any, owner pdfRef) string {
	if ref, ok := v.(pdfRef); ok {
		owner = ref // an array's strings are owned by the array
	}
	switch s := f.resolve(v).(type) {
	case pdfString:
		return decodeTextString(f.decryptString(s, owner))
	case *pdfStream:
		if data, err := f.decode(s); err == nil {
			return decodeTextString(string(data))
		}
	case pdfArray:
		// A list box with several choices.
		var parts []string
		for _, x := range s {
			if t := f.textString(x, owner); t != "" {
				parts = append(parts, t)
			}
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

// decryptString decrypts a string of an encrypted file's object owner;
// strings inside object streams were decrypted with their stream.
func (f *pdfFile) decryptString(s pdfString, owner pdfRef) string {
	if f.crypt == nil || owner.num == 0 || f.xref[owner.num].typ == 2 {
		return string(s)
	}
	b, err := f.crypt.decrypt([]byte(s), owner)
	if err != nil {
		return ""
	}
	return string(b)
}

// decodeTextString reads a PDF text string: UTF-16BE or UTF-8 after a
// byte order mark, else PDFDocEncoding.
func decodeTextString(s string) string {
	switch {
	case strings.HasPrefix(s, "\xFE\xFF"):
		return utf16BE(pdfString(s[2:]))
	case strings.HasPrefix(s, "\xEF\xBB\xBF"):
		return strings.ToValidUTF8(s[3:], "\uFFFD")
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 && c < 0xA1 {
			sb.WriteRune(pdfDocHigh[c-0x80])
		} else {
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

// pdfDocHigh is PDFDocEncoding for 0x80 to 0xA0, where it differs from
// Latin-1 (ISO 32000-1, Annex D).
var pdfDocHigh = [33]rune{
	'•', '†', '‡', '…', '—', '–', 'ƒ', '⁄', '‹', '›', '−', '‰', '„', '“', '”', '‘',
	'’', '‚', '™', 'ﬁ', 'ﬂ', 'Ł', 'Œ', 'Š', 'Ÿ', 'Ž', 'ı', 'ł', 'œ', 'š', 'ž', '\uFFFD',
	'€',
}
