package pdf

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strconv"

	"assay/app/reading/internal/unreadable"
)

// maxObjects bounds the cross-reference table; a genuine PDF of the size
// Assay accepts has far fewer objects, and each entry costs memory.
const maxObjects = 1_000_000

// maxRefHops bounds chains of references to references.
const maxRefHops = 32

// xrefEntry says where an object is: at an offset in the file (typ 1) or
// at an index inside an object stream (typ 2).
type xrefEntry struct {
	typ byte
	off int64
	gen int
	stm int
	idx int
}

// pdfFile is a parsed PDF: its bytes, cross-reference table and trailer,
// with objects parsed on demand and cached.
type pdfFile struct {
	b         *unreadable.Budget
	data      []byte
	xref      map[int]xrefEntry
	trailer   pdfDict
	cache     map[int]any
	resolving map[int]bool
	objstms   map[int]bool // object streams already parsed
	inStm     map[int]any  // their objects, until object() caches them
	scan      map[int]int  // object offsets found by scanning, built on demand
	repaired  bool
	crypt     *pdfCrypt
}

// errNotPDF marks data without a PDF header.
var errNotPDF = errors.New("no PDF header")

// openPDF finds the cross-reference data (tables, streams, incremental
// updates) and falls back to scanning the file for objects when it is
// missing or wrong, as viewers do.
func openPDF(b *unreadable.Budget, data []byte) (*pdfFile, error) {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	i := bytes.Index(head, []byte("%PDF-"))
	if i < 0 {
		return nil, errNotPDF
	}
	// Every complete PDF ends with startxref and %%EOF (or has junk after
	// them). A file with neither was cut short, and reading what is left
	// would hand the fact extractors part of a document as if it were all.
	tail := data[i:]
	if len(tail) > 4096 {
		tail = tail[len(tail)-4096:]
	}
	if !bytes.Contains(tail, []byte("%%EOF")) && !bytes.Contains(tail, []byte("startxref")) {
		return nil, unreadable.Errorf(nil, "not a valid PDF file: it is cut short")
	}
	f := &pdfFile{
		b:         b,
		data:      data[i:],
		xref:      map[int]xrefEntry{},
		cache:     map[int]any{},
		resolving: map[int]bool{},
		objstms:   map[int]bool{},
		inStm:     map[int]any{},
	}
	if err := f.loadXref(); err != nil || f.catalog() == nil {
		var ue *unreadable.Error
		if errors.As(err, &ue) {
			return nil, err
		}
		if err := f.repair(); err != nil {
			return nil, err
		}
	}
	if f.catalog() == nil {
		return nil, fmt.Errorf("%w: no document catalog", errSyntax)
	}
	if enc, ok := f.resolve(f.trailer["Encrypt"]).(pdfDict); ok {
		c, err := newPDFCrypt(enc, f.trailer)
		if err != nil {
			return nil, err
		}
		f.crypt = c
	}
	return f, nil
}

// catalog returns the document catalog, or nil.
func (f *pdfFile) catalog() pdfDict {
	d, _ := f.resolve(f.trailer["Root"]).(pdfDict)
	return d
}

// loadXref reads the newest cross-reference section and every older one
// it links to through /Prev (and /XRefStm in hybrid files). Entries from
// newer sections win.
func (f *pdfFile) loadXref() error {
	tail := f.data
	if len(tail) > 4096 {
		tail = tail[len(tail)-4096:]
	}
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return fmt.Errorf("%w: no startxref", errSyntax)
	}
	l := &lexer{b: tail, pos: i + len("startxref")}
	off, ok := toInt(l.number0())
	if !ok {
		return fmt.Errorf("%w: bad startxref", errSyntax)
	}
	seen := map[int64]bool{}
	for n := 0; off > 0 || (n == 0 && off == 0); n++ {
		if seen[off] || n > 256 {
			break
		}
		seen[off] = true
		trailer, err := f.readXrefSection(off)
		if err != nil {
			return err
		}
		if f.trailer == nil {
			f.trailer = trailer
		}
		if stm, ok := toInt(trailer["XRefStm"]); ok && !seen[stm] {
			seen[stm] = true
			if _, err := f.readXrefSection(stm); err != nil {
				return err
			}
		}
		prev, ok := toInt(trailer["Prev"])
		if !ok {
			break
		}
		off = prev
	}
	if f.trailer == nil {
		return fmt.Errorf("%w: no trailer", errSyntax)
	}
	return nil
}

// number0 reads a number after white space.
func (l *lexer) number0() any {
	l.skipSpace()
	return l.number()
}

// setXref records an entry unless a newer section already did.
func (f *pdfFile) setXref(num int, e xrefEntry) error {
	if _, ok := f.xref[num]; ok {
		return nil
	}
	if len(f.xref) >= maxObjects {
		return unreadable.Errorf(nil, "the PDF holds more than %d objects", maxObjects)
	}
	f.xref[num] = e
	return nil
}

// readXrefSection reads a classic table or an xref stream at off and
// returns its trailer dictionary.
func (f *pdfFile) readXrefSection(off int64) (pdfDict, error) {
	if off < 0 || off >= int64(len(f.data)) {
		return nil, fmt.Errorf("%w: xref offset out of range", errSyntax)
	}
	l := &lexer{b: f.data, pos: int(off), budget: f.b}
	l.skipSpace()
	if bytes.HasPrefix(f.data[l.pos:], []byte("xref")) {
		return f.readXrefTable(l)
	}
	obj, err := f.parseIndirect(l, -1)
	if err != nil {
		return nil, err
	}
	s, ok := obj.(*pdfStream)
	if !ok || s.dict.name("Type") != "XRef" {
		return nil, fmt.Errorf("%w: no xref at offset", errSyntax)
	}
	return s.dict, f.readXrefStream(s)
}

func (f *pdfFile) readXrefTable(l *lexer) (pdfDict, error) {
	l.pos += len("xref")
	for {
		if err := f.b.Tick(); err != nil {
			return nil, err
		}
		obj, err := l.object()
		if err != nil {
			return nil, err
		}
		if kw, ok := obj.(pdfKeyword); ok && kw == "trailer" {
			d, err := l.object()
			if err != nil {
				return nil, err
			}
			dict, ok := d.(pdfDict)
			if !ok {
				return nil, fmt.Errorf("%w: bad trailer", errSyntax)
			}
			return dict, nil
		}
		start, ok1 := obj.(int64)
		cnt, ok2 := toInt(l.number0())
		if !ok1 || !ok2 || start < 0 || cnt < 0 || start > maxObjects*4 {
			return nil, fmt.Errorf("%w: bad xref subsection", errSyntax)
		}
		for k := int64(0); k < cnt; k++ {
			if err := f.b.Tick(); err != nil {
				return nil, err
			}
			offV, ok1 := toInt(l.number0())
			genV, ok2 := toInt(l.number0())
			kw, err := l.object()
			if err != nil || !ok1 || !ok2 {
				return nil, fmt.Errorf("%w: bad xref entry", errSyntax)
			}
			if kw == pdfKeyword("n") {
				if err := f.setXref(int(start+k), xrefEntry{typ: 1, off: offV, gen: int(genV)}); err != nil {
					return nil, err
				}
			} else if kw != pdfKeyword("f") {
				return nil, fmt.Errorf("%w: bad xref entry", errSyntax)
			}
		}
	}
}

func (f *pdfFile) readXrefStream(s *pdfStream) error {
	data, err := f.decode(s)
	if err != nil {
		return err
	}
	w, _ := s.dict["W"].(pdfArray)
	if len(w) < 3 {
		return fmt.Errorf("%w: bad xref stream /W", errSyntax)
	}
	var widths [3]int
	rowLen := 0
	for i := range widths {
		n, ok := toInt(w[i])
		if !ok || n < 0 || n > 8 {
			return fmt.Errorf("%w: bad xref stream /W", errSyntax)
		}
		widths[i] = int(n)
		rowLen += int(n)
	}
	if rowLen == 0 {
		return fmt.Errorf("%w: bad xref stream /W", errSyntax)
	}
	index, _ := s.dict["Index"].(pdfArray)
	if len(index) == 0 {
		size, _ := toInt(s.dict["Size"])
		index = pdfArray{int64(0), size}
	}
	field := func(row []byte, i, def int) int64 {
		if widths[i] == 0 {
			return int64(def)
		}
		var v int64
		for _, c := range row[:widths[i]] {
			v = v<<8 | int64(c)
		}
		return v
	}
	pos := 0
	for i := 0; i+1 < len(index); i += 2 {
		start, ok1 := toInt(index[i])
		cnt, ok2 := toInt(index[i+1])
		if !ok1 || !ok2 || start < 0 || cnt < 0 || start > maxObjects*4 {
			return fmt.Errorf("%w: bad xref stream /Index", errSyntax)
		}
		for k := int64(0); k < cnt && pos+rowLen <= len(data); k++ {
			if err := f.b.Tick(); err != nil {
				return err
			}
			row := data[pos : pos+rowLen]
			pos += rowLen
			t := field(row, 0, 1)
			a := field(row[widths[0]:], 1, 0)
			c := field(row[widths[0]+widths[1]:], 2, 0)
			num := int(start + k)
			switch t {
			case 1:
				err = f.setXref(num, xrefEntry{typ: 1, off: a, gen: int(c)})
			case 2:
				err = f.setXref(num, xrefEntry{typ: 2, stm: int(a), idx: int(c)})
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// repair rebuilds the cross-reference table by scanning for "N G obj" and
// reads every trailer it finds, for files whose offsets are wrong (edited
// by hand, or concatenated). A file that is merely cut short fails later,
// when the objects it lost are needed.
func (f *pdfFile) repair() error {
	if f.repaired {
		return nil
	}
	f.repaired = true
	f.xref = map[int]xrefEntry{}
	f.cache = map[int]any{}
	f.objstms = map[int]bool{}
	f.inStm = map[int]any{}
	f.trailer = nil
	data := f.data
	var trailers []pdfDict
	var stms []int
	for p := 0; p < len(data); {
		if err := f.b.Tick(); err != nil {
			return err
		}
		i := bytes.Index(data[p:], []byte("obj"))
		j := bytes.Index(data[p:], []byte("trailer"))
		if i < 0 && j < 0 {
			break
		}
		if j >= 0 && (i < 0 || j < i) {
			l := &lexer{b: data, pos: p + j + len("trailer"), budget: f.b}
			if d, err := l.object(); err == nil {
				if dict, ok := d.(pdfDict); ok {
					trailers = append(trailers, dict)
				}
			}
			p += j + len("trailer")
			continue
		}
		at := p + i
		p = at + 3
		if num, start, ok := objHeaderBefore(data, at); ok {
			if len(f.xref) >= maxObjects {
				return unreadable.Errorf(nil, "the PDF holds more than %d objects", maxObjects)
			}
			// A later definition of the same number is an incremental
			// update, so it replaces the earlier one.
			f.xref[num] = xrefEntry{typ: 1, off: int64(start)}
			stms = append(stms, num)
		}
	}
	// Objects inside object streams, and the trailer of an xref stream,
	// are only visible once those streams are parsed.
	var catalog pdfRef
	for _, num := range stms {
		obj := f.object(num)
		s, ok := obj.(*pdfStream)
		if ok {
			switch s.dict.name("Type") {
			case "XRef":
				trailers = append(trailers, s.dict)
			case "ObjStm":
				if err := f.indexObjStm(num, s); err != nil {
					return err
				}
			}
		}
		if d, ok := obj.(pdfDict); ok && d.name("Type") == "Catalog" {
			catalog = pdfRef{num: num}
		}
	}
	f.trailer = pdfDict{}
	for _, t := range trailers {
		for k, v := range t {
			f.trailer[k] = v
		}
	}
	if f.catalog() == nil && catalog.num != 0 {
		f.trailer["Root"] = catalog
	}
	if f.catalog() == nil {
		// The catalog may sit in an object stream.
		for num, e := range f.xref {
			if e.typ != 2 {
				continue
			}
			if d, ok := f.object(num).(pdfDict); ok && d.name("Type") == "Catalog" {
				f.trailer["Root"] = pdfRef{num: num}
				break
			}
		}
	}
	return nil
}

// objHeaderBefore checks that "obj" at i is preceded by "N G " and returns
// N and where it starts.
func objHeaderBefore(data []byte, i int) (num, start int, ok bool) {
	if i+3 < len(data) && !isSpace(data[i+3]) && !isDelim(data[i+3]) {
		return 0, 0, false // "object", "objstm"
	}
	p := i
	digits := func() (int, bool) {
		for p > 0 && isSpace(data[p-1]) {
			p--
		}
		end := p
		for p > 0 && data[p-1] >= '0' && data[p-1] <= '9' && end-p < 10 {
			p--
		}
		if p == end {
			return 0, false
		}
		v, err := strconv.Atoi(string(data[p:end]))
		return v, err == nil
	}
	if _, ok := digits(); !ok {
		return 0, 0, false
	}
	n, ok := digits()
	if !ok || n > maxObjects*4 {
		return 0, 0, false
	}
	return n, p, true
}

// indexObjStm records the objects an object stream holds, for repair.
func (f *pdfFile) indexObjStm(num int, s *pdfStream) error {
	_, nums, _, err := f.objStmHeader(s)
	if err != nil {
		return nil // a broken object stream loses its objects, not the file
	}
	for idx, n := range nums {
		if _, ok := f.xref[n]; ok {
			continue
		}
		if len(f.xref) >= maxObjects {
			return unreadable.Errorf(nil, "the PDF holds more than %d objects", maxObjects)
		}
		f.xref[n] = xrefEntry{typ: 2, stm: num, idx: idx}
	}
	return nil
}

// resolve follows references to the object they name; anything else is
// returned as is. A reference to nothing is null, as the PDF spec says.
func (f *pdfFile) resolve(v any) any {
	for hops := 0; hops < maxRefHops; hops++ {
		ref, ok := v.(pdfRef)
		if !ok {
			return v
		}
		v = f.object(ref.num)
	}
	return nil
}

// dict resolves v and returns it as a dictionary (a stream's dictionary
// counts), or nil.
func (f *pdfFile) dict(v any) pdfDict {
	switch d := f.resolve(v).(type) {
	case pdfDict:
		return d
	case *pdfStream:
		return d.dict
	}
	return nil
}

// object returns object num, parsing it on first use; broken objects are
// null rather than errors, so one bad object costs only what uses it.
func (f *pdfFile) object(num int) any {
	if v, ok := f.cache[num]; ok {
		return v
	}
	if f.resolving[num] {
		return nil // a cycle, e.g. a stream whose /Length is itself
	}
	e, ok := f.xref[num]
	f.resolving[num] = true
	defer delete(f.resolving, num)
	var v any
	var err error = errSyntax
	switch {
	case !ok:
	case e.typ == 1 && e.off >= 0 && e.off < int64(len(f.data)):
		v, err = f.parseIndirect(&lexer{b: f.data, pos: int(e.off), budget: f.b}, num)
	case e.typ == 2:
		v, err = f.fromObjStm(num, e), nil
	}
	if err != nil {
		// The table is wrong about this object (edited files, offsets off
		// by a few bytes, a lost subsection): look where a scan found it.
		if off, found := f.scanned()[num]; found {
			v, _ = f.parseIndirect(&lexer{b: f.data, pos: off, budget: f.b}, num)
		}
	}
	f.cache[num] = v
	return v
}

// scanned returns where "N G obj" headers are in the file, scanning once.
func (f *pdfFile) scanned() map[int]int {
	if f.scan != nil {
		return f.scan
	}
	f.scan = map[int]int{}
	for p := 0; p < len(f.data) && len(f.scan) < maxObjects; {
		i := bytes.Index(f.data[p:], []byte("obj"))
		if i < 0 {
			break
		}
		if num, start, ok := objHeaderBefore(f.data, p+i); ok {
			f.scan[num] = start
		}
		p += i + 3
	}
	return f.scan
}

// parseIndirect reads "N G obj ... endobj" at l, with its stream if any.
// want is the expected object number, or -1 for any.
func (f *pdfFile) parseIndirect(l *lexer, want int) (any, error) {
	numV, err := l.object()
	if err != nil {
		return nil, err
	}
	// "N G obj" reads as a number, then "G obj"; tryRef does not fire
	// because "obj" is not "R".
	num, ok := numV.(int64)
	genV, _ := toInt(l.number0())
	kw, _ := l.object()
	if !ok || kw != pdfKeyword("obj") || (want >= 0 && int(num) != want) {
		return nil, fmt.Errorf("%w: no object %d here", errSyntax, want)
	}
	obj, err := l.object()
	if err != nil {
		return nil, err
	}
	if kw, ok := obj.(pdfKeyword); ok && kw == "endobj" {
		return nil, nil
	}
	dict, ok := obj.(pdfDict)
	if !ok {
		return obj, nil
	}
	save := l.pos
	next, err := l.object()
	if err != nil || next != pdfKeyword("stream") {
		l.pos = save
		return dict, nil
	}
	start := l.pos
	if start < len(f.data) && f.data[start] == '\r' {
		start++
	}
	if start < len(f.data) && f.data[start] == '\n' {
		start++
	}
	return &pdfStream{dict: dict, raw: f.streamData(dict, start), ref: pdfRef{num: int(num), gen: int(genV)}}, nil
}

// streamData returns a stream's raw bytes, trusting /Length only when
// "endstream" follows it, since broken writers get it wrong.
func (f *pdfFile) streamData(dict pdfDict, start int) []byte {
	if start > len(f.data) {
		return nil
	}
	rest := f.data[start:]
	if n, ok := toInt(f.resolve(dict["Length"])); ok && n >= 0 && n <= int64(len(rest)) {
		after := bytes.TrimLeft(rest[n:min(int(n)+64, len(rest))], " \r\n\t\f\x00")
		if bytes.HasPrefix(after, []byte("endstream")) {
			return rest[:n]
		}
	}
	end := bytes.Index(rest, []byte("endstream"))
	if end < 0 {
		return rest
	}
	data := rest[:end]
	data = bytes.TrimSuffix(data, []byte("\n"))
	data = bytes.TrimSuffix(data, []byte("\r"))
	return data
}

// objStmHeader decodes an object stream and reads the object numbers and
// offsets at its start.
func (f *pdfFile) objStmHeader(s *pdfStream) (data []byte, nums, offs []int, err error) {
	data, err = f.decode(s)
	if err != nil {
		return nil, nil, nil, err
	}
	n, _ := toInt(s.dict["N"])
	first, _ := toInt(s.dict["First"])
	if n < 0 || first < 0 || first > int64(len(data)) || n > int64(len(data)) {
		return nil, nil, nil, fmt.Errorf("%w: bad object stream", errSyntax)
	}
	l := &lexer{b: data[:first], budget: f.b}
	for k := int64(0); k < n; k++ {
		num, ok1 := toInt(l.number0())
		off, ok2 := toInt(l.number0())
		if !ok1 || !ok2 || num < 0 || off < 0 || first+off > int64(len(data)) {
			break
		}
		nums = append(nums, int(num))
		offs = append(offs, int(first+off))
	}
	return data, nums, offs, nil
}

// fromObjStm returns object num from its object stream, parsing the whole
// stream on first use: its objects are usually needed together.
func (f *pdfFile) fromObjStm(num int, e xrefEntry) any {
	if !f.objstms[e.stm] {
		f.objstms[e.stm] = true
		s, ok := f.object(e.stm).(*pdfStream)
		if !ok {
			return nil
		}
		data, nums, offs, err := f.objStmHeader(s)
		if err != nil {
			return nil
		}
		for i, n := range nums {
			if x, ok := f.xref[n]; !ok || x.typ != 2 || x.stm != e.stm {
				continue // superseded by a newer definition
			}
			l := &lexer{b: data, pos: offs[i], budget: f.b}
			obj, err := l.object()
			if err != nil {
				obj = nil
			}
			f.inStm[n] = obj
		}
	}
	v := f.inStm[num]
	delete(f.inStm, num) // object() caches it from here on
	return v
}

// errImageData marks streams whose filters only images use; Assay never
// needs their pixels.
var errImageData = errors.New("image data")

// decode returns a stream's decoded bytes, charging them to the budget.
func (f *pdfFile) decode(s *pdfStream) ([]byte, error) {
	data := s.raw
	if f.crypt != nil && s.dict.name("Type") != "XRef" {
		var err error
		if data, err = f.crypt.decrypt(data, s.ref); err != nil {
			return nil, err
		}
	}
	filters, params := streamFilters(f, s.dict)
	for i, name := range filters {
		var parm pdfDict
		if i < len(params) {
			parm = params[i]
		}
		var err error
		switch name {
		case "FlateDecode", "Fl":
			data, err = f.inflate(data)
			if err == nil {
				data, err = f.unpredict(data, parm)
			}
		case "LZWDecode", "LZW":
			early := int64(1)
			if v, ok := toInt(f.resolve(parm["EarlyChange"])); ok {
				early = v
			}
			data, err = f.lzw(data, early != 0)
			if err == nil {
				data, err = f.unpredict(data, parm)
			}
		case "ASCIIHexDecode", "AHx":
			data, err = asciiHex(data)
		case "ASCII85Decode", "A85":
			data, err = ascii85(data)
		case "RunLengthDecode", "RL":
			data, err = f.runLength(data)
		case "Crypt":
			// Identity crypt filter: the data is stored in the clear.
		case "DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode":
			return nil, errImageData
		default:
			return nil, fmt.Errorf("%w: unsupported filter %s", errSyntax, name)
		}
		if err != nil {
			return nil, err
		}
	}
	if len(filters) == 0 {
		// Unfiltered data is still bytes handed to the parsers; charging it
		// keeps a form drawn a million times from costing nothing.
		if err := f.b.Inflate(int64(len(data))); err != nil {
			return nil, err
		}
	}
	return data, nil
}

// streamFilters lists a stream's filters and their parameters.
func streamFilters(f *pdfFile, d pdfDict) ([]pdfName, []pdfDict) {
	var names []pdfName
	var params []pdfDict
	switch v := f.resolve(d["Filter"]).(type) {
	case pdfName:
		names = []pdfName{v}
	case pdfArray:
		for _, x := range v {
			if n, ok := f.resolve(x).(pdfName); ok {
				names = append(names, n)
			}
		}
	}
	switch v := f.resolve(d["DecodeParms"]).(type) {
	case pdfDict:
		params = []pdfDict{v}
	case pdfArray:
		for _, x := range v {
			p, _ := f.resolve(x).(pdfDict)
			params = append(params, p)
		}
	}
	return names, params
}

// inflate decompresses zlib (or raw deflate) data under the budget. Data
// that ends early or fails its checksum keeps what was inflated, as
// viewers show what they can of a damaged page.
func (f *pdfFile) inflate(data []byte) ([]byte, error) {
	var r io.Reader
	if zr, err := zlib.NewReader(bytes.NewReader(data)); err == nil {
		r = zr
	} else {
		r = flate.NewReader(bytes.NewReader(data))
	}
	return f.readLimited(r)
}

// readLimited reads r to the end or to the budget's remaining bytes, one
// byte past which is the sign of a bomb. The output is gathered in chunks
// and joined once its size is known: a growing buffer would hold up to
// three times the budget while it doubles, chunks at most the budget.
func (f *pdfFile) readLimited(r io.Reader) ([]byte, error) {
	left := f.b.Remaining()
	var chunks [][]byte
	var n int64
	var err error
	for size := int64(1 << 10); n <= left && err == nil; size = min(size*2, 1<<20) {
		c := make([]byte, min(size, left+1-n))
		var m int
		m, err = io.ReadFull(r, c)
		chunks, n = append(chunks, c[:m]), n+int64(m)
	}
	if e := f.b.Inflate(n); e != nil {
		return nil, e
	}
	if err != nil && !errors.Is(err, io.EOF) && n == 0 {
		return nil, fmt.Errorf("%w: %w", errSyntax, err)
	}
	if len(chunks) == 1 {
		return chunks[0], nil
	}
	return bytes.Join(chunks, nil), nil
}

// unpredict undoes the PNG and TIFF predictors used with Flate and LZW.
func (f *pdfFile) unpredict(data []byte, parm pdfDict) ([]byte, error) {
	pred, _ := toInt(f.resolve(parm["Predictor"]))
	if pred <= 1 {
		return data, nil
	}
	colors, bpc, cols := int64(1), int64(8), int64(1)
	if v, ok := toInt(f.resolve(parm["Colors"])); ok {
		colors = v
	}
	if v, ok := toInt(f.resolve(parm["BitsPerComponent"])); ok {
		bpc = v
	}
	if v, ok := toInt(f.resolve(parm["Columns"])); ok {
		cols = v
	}
	if colors < 1 || colors > 32 || bpc < 1 || bpc > 16 || cols < 1 || cols > 1<<20 {
		return nil, fmt.Errorf("%w: bad predictor parameters", errSyntax)
	}
	bpp := int((colors*bpc + 7) / 8)
	rowLen := int((colors*bpc*cols + 7) / 8)
	if pred == 2 {
		if bpc != 8 {
			return data, nil
		}
		for r := 0; r+rowLen <= len(data); r += rowLen {
			for i := bpp; i < rowLen; i++ {
				data[r+i] += data[r+i-bpp]
			}
		}
		return data, nil
	}
	out := make([]byte, 0, len(data))
	prev := make([]byte, rowLen)
	for p := 0; p+1 <= len(data); p += rowLen + 1 {
		typ := data[p]
		end := min(p+1+rowLen, len(data))
		row := make([]byte, rowLen)
		copy(row, data[p+1:end])
		for i := 0; i < rowLen; i++ {
			var a, c byte
			if i >= bpp {
				a = row[i-bpp]
				c = prev[i-bpp]
			}
			b := prev[i]
			switch typ {
			case 1:
				row[i] += a
			case 2:
				row[i] += b
			case 3:
				row[i] += byte((int(a) + int(b)) / 2)
			case 4:
				row[i] += paeth(a, b, c)
			}
		}
		out = append(out, row...)
		prev = row
	}
	return out, nil
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func asciiHex(data []byte) ([]byte, error) {
	l := &lexer{b: append(append([]byte{'<'}, data...), '>')}
	s, err := l.hexString()
	return []byte(s), err
}

func ascii85(data []byte) ([]byte, error) {
	out := make([]byte, 0, len(data)*4/5)
	var tuple uint32
	n := 0
	for _, c := range data {
		switch {
		case c == '~':
			goto done
		case isSpace(c):
			continue
		case c == 'z' && n == 0:
			out = append(out, 0, 0, 0, 0)
			continue
		case c < '!' || c > 'u':
			return nil, fmt.Errorf("%w: bad ASCII85 data", errSyntax)
		}
		tuple = tuple*85 + uint32(c-'!')
		n++
		if n == 5 {
			out = append(out, byte(tuple>>24), byte(tuple>>16), byte(tuple>>8), byte(tuple))
			tuple, n = 0, 0
		}
	}
done:
	if n > 1 {
		for k := n; k < 5; k++ {
			tuple = tuple*85 + 84
		}
		b := []byte{byte(tuple >> 24), byte(tuple >> 16), byte(tuple >> 8), byte(tuple)}
		out = append(out, b[:n-1]...)
	}
	return out, nil
}

func (f *pdfFile) runLength(data []byte) ([]byte, error) {
	var out []byte
	for i := 0; i < len(data); {
		n := int(data[i])
		i++
		switch {
		case n == 128:
			return out, nil
		case n < 128:
			end := min(i+n+1, len(data))
			out = append(out, data[i:end]...)
			i = end
		default:
			if i >= len(data) {
				return out, nil
			}
			for k := 0; k < 257-n; k++ {
				out = append(out, data[i])
			}
			i++
		}
		if int64(len(out)) > f.b.Remaining() {
			return nil, f.b.Inflate(int64(len(out)))
		}
	}
	return out, f.b.Inflate(int64(len(out)))
}

// lzw decodes PDF's LZW (MSB-first codes of 9 to 12 bits, with the
// "early change" that compress/lzw does not support).
func (f *pdfFile) lzw(data []byte, early bool) ([]byte, error) {
	const clear, eod = 256, 257
	var out []byte
	table := make([][]byte, 258, 4096)
	reset := func() {
		table = table[:258]
		for i := 0; i < 256; i++ {
			table[i] = []byte{byte(i)}
		}
	}
	reset()
	width := 9
	var bitBuf uint32
	bits := 0
	var prev []byte
	e := 0
	if early {
		e = 1
	}
	for i := 0; i < len(data) || bits >= width; {
		for bits < width && i < len(data) {
			bitBuf = bitBuf<<8 | uint32(data[i])
			bits += 8
			i++
		}
		if bits < width {
			break
		}
		code := int(bitBuf>>(bits-width)) & (1<<width - 1)
		bits -= width
		switch {
		case code == clear:
			reset()
			width, prev = 9, nil
			continue
		case code == eod:
			return out, f.b.Inflate(int64(len(out)))
		}
		var entry []byte
		switch {
		case code < len(table):
			entry = table[code]
		case code == len(table) && prev != nil:
			entry = append(append([]byte{}, prev...), prev[0])
		default:
			return out, f.b.Inflate(int64(len(out)))
		}
		out = append(out, entry...)
		if int64(len(out)) > f.b.Remaining() {
			return nil, f.b.Inflate(int64(len(out)))
		}
		if prev != nil && len(table) < 4096 {
			table = append(table, append(append([]byte{}, prev...), entry[0]))
		}
		prev = entry
		if len(table)+e >= 1<<width && width < 12 {
			width++
		}
	}
	return out, f.b.Inflate(int64(len(out)))
}
