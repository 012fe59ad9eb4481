package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"

	"assay/app/reading/internal/unreadable"
)

// PDF objects as the parser returns them: nil, bool, int64, float64,
// pdfString, pdfName, pdfArray, pdfDict, *pdfStream, pdfRef, and pdfKeyword
// for bare words (operators in content streams, obj/endobj/stream/R).
type (
	pdfString  string
	pdfName    string
	pdfKeyword string
	pdfArray   []any
	pdfDict    map[pdfName]any
	pdfRef     struct{ num, gen int }
)

// pdfStream is a stream object: its dictionary and where its raw bytes
// are, either in the file or already in memory (streams never sit inside
// object streams, but a repaired file may hand over bytes directly).
type pdfStream struct {
	dict pdfDict
	raw  []byte
	ref  pdfRef // the object the stream is, for decryption
}

// maxNesting bounds arrays and dictionaries inside each other; real files
// stay in single digits, and the parser recurses once per level.
const maxNesting = 64

// maxString bounds one string. The longest in genuine files, form values
// and signatures, are kilobytes; a longer one is hostile, and copying it
// would cost as much memory as the file itself.
const maxString = 1 << 20

// maxToken bounds names, numbers and keywords, which PDF keeps to a few
// dozen bytes; longer ones are junk, read truncated rather than copied.
const maxToken = 256

// errSyntax is the cause of every parse failure; the position is added by
// the lexer for whoever debugs a sample.
var errSyntax = errors.New("pdf syntax error")

// lexer reads PDF tokens and objects from b, starting at pos.
type lexer struct {
	b     []byte
	pos   int
	depth int
	// budget, when set, is charged for the strings read (a content stream
	// of strings is copied once more as it is interpreted) and for every
	// value put in an array or a dictionary, so that a file of millions of
	// small numbers costs what it holds in memory.
	budget *unreadable.Budget
}

// valueCost is what one value in an array or dictionary is charged: the
// 16-byte interface that holds it and as much again for the room a growing
// array keeps spare, about what a parsed number or reference takes.
const valueCost = 32

// charge counts n bytes against the budget, when there is one.
func (l *lexer) charge(n int) error {
	if l.budget == nil {
		return nil
	}
	return l.budget.Inflate(int64(n))
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (l *lexer) errorf(format string, args ...any) error {
	return fmt.Errorf("%w at byte %d: %s", errSyntax, l.pos, fmt.Sprintf(format, args...))
}

// skipSpace skips white space and comments.
func (l *lexer) skipSpace() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		switch {
		case isSpace(c):
			l.pos++
		case c == '%':
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
		default:
			return
		}
	}
}

// eof reports whether only white space and comments are left.
func (l *lexer) eof() bool {
	l.skipSpace()
	return l.pos >= len(l.b)
}

// object reads one object. A number followed by "G R" becomes a reference.
// Keywords come back as pdfKeyword, so content streams read operators the
// same way.
func (l *lexer) object() (any, error) {
	l.skipSpace()
	if l.pos >= len(l.b) {
		return nil, l.errorf("unexpected end of data")
	}
	c := l.b[l.pos]
	switch {
	case c == '/':
		return l.name(), nil
	case c == '(':
		return l.literalString()
	case c == '<':
		if l.pos+1 < len(l.b) && l.b[l.pos+1] == '<' {
			return l.dict()
		}
		return l.hexString()
	case c == '[':
		return l.array()
	case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
		l.pos++
		return pdfKeyword(string(rune(c))), nil
	case c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
		n := l.number()
		if i, ok := n.(int64); ok && i >= 0 {
			if ref, ok := l.tryRef(i); ok {
				return ref, nil
			}
		}
		return n, nil
	}
	start := l.pos
	for l.pos < len(l.b) && !isSpace(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		l.pos++
	}
	if l.pos == start {
		l.pos++ // a stray delimiter; skip it so parsing always moves on
	}
	switch kw := string(l.b[start:min(l.pos, start+maxToken)]); kw {
	case "true":
		return true, nil
	case "false":
		return false, nil
	case "null":
		return nil, nil
	default:
		return pdfKeyword(kw), nil
	}
}

// tryRef looks past an integer for "gen R" and consumes it if present.
func (l *lexer) tryRef(num int64) (pdfRef, bool) {
	save := l.pos
	l.skipSpace()
	p := l.pos
	for p < len(l.b) && l.b[p] >= '0' && l.b[p] <= '9' {
		p++
	}
	if p == l.pos || p-l.pos > 5 {
		l.pos = save
		return pdfRef{}, false
	}
	gen, _ := strconv.Atoi(string(l.b[l.pos:p]))
	q := p
	for q < len(l.b) && isSpace(l.b[q]) {
		q++
	}
	if q < len(l.b) && l.b[q] == 'R' && (q+1 == len(l.b) || isSpace(l.b[q+1]) || isDelim(l.b[q+1])) && num <= 1<<31 {
		l.pos = q + 1
		return pdfRef{num: int(num), gen: gen}, true
	}
	l.pos = save
	return pdfRef{}, false
}

// number reads an integer or real; malformed numbers such as "--1" or
// "1.2.3" read as what strconv makes of them, or 0, as viewers do.
func (l *lexer) number() any {
	start := l.pos
	real := false
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		if c == '.' {
			real = true
		} else if !(c >= '0' && c <= '9') && c != '+' && c != '-' {
			break
		}
		l.pos++
	}
	if l.pos-start > maxToken {
		return float64(0)
	}
	s := string(l.b[start:l.pos])
	if !real {
		if i, err := strconv.ParseInt(s, 10, 64); err == nil {
			return i
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return float64(0)
	}
	return f
}

func (l *lexer) name() pdfName {
	l.pos++ // '/'
	var out []byte
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		if isSpace(c) || isDelim(c) {
			break
		}
		if c == '#' && l.pos+2 < len(l.b) {
			if v, err := strconv.ParseUint(string(l.b[l.pos+1:l.pos+3]), 16, 8); err == nil {
				c = byte(v)
				l.pos += 2
			}
		}
		if len(out) < maxToken {
			out = append(out, c)
		}
		l.pos++
	}
	return pdfName(out)
}

// str returns the bytes of a string read, charging them to the budget.
func (l *lexer) str(out []byte) (pdfString, error) {
	if err := l.charge(len(out)); err != nil {
		return "", err
	}
	return pdfString(out), nil
}

func errLongString() error {
	return unreadable.Errorf(nil, "the PDF holds a string longer than the limit of %s", unreadable.FormatBytes(maxString))
}

// sized returns a buffer for a string that ends at the first stop byte,
// or at most maxString, so that reading it rarely grows the buffer.
func (l *lexer) sized(stop byte, per int) []byte {
	n := bytes.IndexByte(l.b[l.pos:], stop)
	if n < 0 {
		n = len(l.b) - l.pos
	}
	return make([]byte, 0, min(n/per+1, maxString))
}

func (l *lexer) literalString() (pdfString, error) {
	l.pos++ // '('
	out := l.sized(')', 1)
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return l.str(out)
			}
		case '\\':
			if l.pos >= len(l.b) {
				return l.str(out)
			}
			e := l.b[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.b) && l.b[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; k++ {
						v = v*8 + int(l.b[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		if len(out) == maxString {
			return "", errLongString()
		}
		out = append(out, c)
	}
	// An unterminated string runs to the end of the data; keep what it has
	// rather than lose the page.
	return l.str(out)
}

func (l *lexer) hexString() (pdfString, error) {
	l.pos++ // '<'
	out := l.sized('>', 2)
	var hi byte
	half := false
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		var v byte
		switch {
		case c == '>':
			if half {
				out = append(out, hi<<4)
			}
			return l.str(out)
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			continue // white space, or junk a viewer would skip too
		}
		if half {
			if len(out) == maxString {
				return "", errLongString()
			}
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	return l.str(out)
}

// closes skips white space and reports whether the array or dictionary
// being read ends here: at its closing byte, which it consumes, or at the
// end of the data, which is an error.
func (l *lexer) closes(close byte, what string) (bool, error) {
	l.skipSpace()
	if l.pos >= len(l.b) {
		return true, l.errorf("unterminated %s", what)
	}
	if l.b[l.pos] == close {
		l.pos++
		return true, nil
	}
	return false, nil
}

func (l *lexer) array() (pdfArray, error) {
	if l.depth >= maxNesting {
		l.skipNested()
		return nil, nil
	}
	l.pos++ // '['
	l.depth++
	defer func() { l.depth-- }()
	var arr pdfArray
	for {
		if end, err := l.closes(']', "array"); end {
			return arr, err
		}
		obj, unterminated, err := l.value("array")
		if unterminated {
			return arr, err
		}
		if err != nil {
			return nil, err
		}
		arr = append(arr, obj)
	}
}

func (l *lexer) dict() (pdfDict, error) {
	if l.depth >= maxNesting {
		l.skipNested()
		return nil, nil
	}
	l.pos += 2 // "<<"
	l.depth++
	defer func() { l.depth-- }()
	d := pdfDict{}
	for {
		if end, err := l.closes('>', "dictionary"); end {
			if err == nil && l.pos < len(l.b) && l.b[l.pos] == '>' {
				l.pos++
			}
			return d, err
		}
		key, err := l.object()
		if err != nil {
			return nil, err
		}
		name, ok := key.(pdfName)
		if !ok {
			if endsObject(key) {
				return d, l.errorf("unterminated dictionary")
			}
			continue // a stray token where a key should be; skip it
		}
		l.skipSpace()
		if l.pos < len(l.b) && l.b[l.pos] == '>' {
			// A key without a value; PDF says null, so the key is absent.
			continue
		}
		val, unterminated, err := l.value("dictionary")
		if unterminated {
			return d, err
		}
		if err != nil {
			return nil, err
		}
		d[name] = val
	}
}

// value reads the next value of an array or dictionary and charges for it. The keyword endobj
// or stream there ends the object around it, so the array or dictionary was never closed:
// unterminated says so, with the error to give back with what was read of it.
func (l *lexer) value(what string) (v any, unterminated bool, err error) {
	v, err = l.object()
	if err != nil {
		return nil, false, err
	}
	if endsObject(v) {
		return nil, true, l.errorf("unterminated %s", what)
	}
	return v, false, l.charge(valueCost)
}

// endsObject reports whether v is a keyword that only stands after an object's value.
func endsObject(v any) bool {
	kw, ok := v.(pdfKeyword)
	return ok && (kw == "endobj" || kw == "stream")
}

// skipNested moves past an array or dictionary nested too deeply to parse,
// counting brackets rather than recursing, so that it reads as null and
// the object or page around it survives. It stops before "endobj" or
// "stream", where an unterminated object ends.
func (l *lexer) skipNested() {
	depth := 0
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		two := l.pos+1 < len(l.b) && l.b[l.pos+1] == c
		switch {
		case c == '[' || c == '<' && two:
			depth++
		case c == ']' || c == '>' && two:
			depth--
		case c == '(':
			for open := 1; open > 0 && l.pos+1 < len(l.b); {
				l.pos++
				switch l.b[l.pos] {
				case '\\':
					l.pos++
				case '(':
					open++
				case ')':
					open--
				}
			}
		case c == '%':
			l.skipSpace()
			continue
		case !isSpace(c) && !isDelim(c):
			start := l.pos
			for l.pos < len(l.b) && !isSpace(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
				l.pos++
			}
			if kw := string(l.b[start:min(l.pos, start+8)]); kw == "endobj" || kw == "stream" {
				l.pos = start
				return
			}
			continue
		}
		if two && (c == '<' || c == '>') {
			l.pos++
		}
		l.pos++
		if depth <= 0 {
			return
		}
	}
}

// Typed accessors return the zero value for a missing or wrong-typed
// entry: a broken file gets defaults, never a type-assertion panic.

func (d pdfDict) name(key pdfName) pdfName {
	n, _ := d[key].(pdfName)
	return n
}

func toFloat(v any) (float64, bool) {
	switch n := v.(type) {
	case int64:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}

func toInt(v any) (int64, bool) {
	switch n := v.(type) {
	case int64:
		return n, true
	case float64:
		if n >= -1<<53 && n <= 1<<53 {
			return int64(n), true
		}
	}
	return 0, false
}
