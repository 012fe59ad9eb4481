// Package ocr reads the text of scanned pages and photographed documents
// with Tesseract, for package reading: PNG and JPEG files as they are, PDF
// pages after poppler's pdftoppm has rasterised them.
//
// Both programs run as child processes, never through a shell, and every
// run is bounded: the caller's deadline ends it (its whole process group),
// its address space and the size of the files it writes are capped with
// prlimit(2), what it prints is read up to a limit, and an Engine runs at
// most a set number of them at once. Each file is worked on in a private
// temporary folder that is removed afterwards.
//
// A page is read first with every language pack; when that reading has
// words with a letter none of the page's languages writes, or is poor, the
// page is read again with English and its own languages' packs only, and
// the foreign words are spelled as that reading spells them, or the whole
// reading taken when it is clearly surer (readPage).
//
// Tesseract's word confidences travel with the text: a Text holds every
// line with the confidence it was read at, so that facts read from a poor
// scan can be marked for an analyst to confirm instead of being trusted.
package ocr

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
)

// Off is the Tesseract setting that turns OCR off.
const Off = "off"

// languages are the language packs Assay reads scans in, in the order
// Tesseract is given them: the languages evidence arrives in.
var languages = []string{"eng", "deu", "fra", "spa", "ita", "nld", "por"}

// Options say which programs to run and how many at once.
type Options struct {
	// Tesseract is the tesseract program, a name looked up on PATH or a
	// path; Off turns OCR off, and "" means "tesseract".
	Tesseract string
	// Pdftoppm is poppler's pdftoppm, which turns PDF pages into images;
	// "" means "pdftoppm". Without it images are still read, PDFs are not.
	Pdftoppm string
	// Concurrency is the most OCR runs at once; 0 means
	// DefaultConcurrency(Readings).
	Concurrency int
	// Readings is the most files read at once (the reading slots).
	Readings int
}

// DefaultConcurrency is one OCR run per file read at once, up to one per
// core, and at least one. A run is one thread (childEnv), so the pages of
// the files being read keep as many cores busy, and the memory the runs
// take grows with the reading slots, as the readings' own does.
func DefaultConcurrency(readings int) int { return max(1, min(readings, runtime.NumCPU())) }

// Engine runs OCR. Its zero value and nil are off; New makes a working one
// when the programs are installed.
type Engine struct {
	tesseract string
	pdftoppm  string
	version   string
	// packs are the installed language packs of languages, langs the
	// same joined for Tesseract; detect says that the pages after a
	// file's first are read with the packs the first calls for (packsFor).
	packs  []string
	langs  string
	detect bool
	osd    bool
	sem    chan struct{}
	// off says why OCR is off, "" when it is on; noPDF why scanned PDFs
	// cannot be read while images can.
	off   string
	noPDF string
}

// probeTimeout bounds the start-up checks of the programs.
const probeTimeout = 15 * time.Second

// New finds the programs and the language packs. It never fails: an Engine
// without them is off, and says why (Reason), so Assay runs and tells the
// analyst that scans are not read.
func New(ctx context.Context, o Options) *Engine {
	e := &Engine{}
	if o.Tesseract == Off {
		e.off = "OCR is turned off in the settings"
		return e
	}
	name := or(o.Tesseract, "tesseract")
	var err error
	if e.tesseract, err = exec.LookPath(name); err != nil {
		e.off = fmt.Sprintf("OCR is not installed (%s was not found; install the tesseract-ocr package)", name)
		return e
	}
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	out, err := probe(ctx, e.tesseract, "--version")
	if err != nil {
		e.off = fmt.Sprintf("OCR is not working (%s --version failed)", name)
		return e
	}
	e.version = firstLine(out)
	if out, err = probe(ctx, e.tesseract, "--list-langs"); err != nil {
		e.off = fmt.Sprintf("OCR is not working (%s --list-langs failed)", name)
		return e
	}
	installed := map[string]bool{}
	for _, l := range strings.Split(out, "\n")[1:] {
		installed[strings.TrimSpace(l)] = true
	}
	for _, l := range languages {
		if installed[l] {
			e.packs = append(e.packs, l)
		}
	}
	if len(e.packs) == 0 {
		e.off = "OCR is not installed (Tesseract has none of the language packs tesseract-ocr-eng, -deu, -fra, -spa, -ita, -nld, -por)"
		return e
	}
	e.langs = strings.Join(e.packs, "+")
	e.detect = len(e.packs) > 1 && installed[english]
	e.osd = installed["osd"]
	pname := or(o.Pdftoppm, "pdftoppm")
	if e.pdftoppm, err = exec.LookPath(pname); err != nil {
		e.noPDF = fmt.Sprintf("OCR of PDF pages is not installed (%s was not found; install the poppler-utils package)", pname)
	} else if _, err := probe(ctx, e.pdftoppm, "-v"); err != nil {
		e.noPDF = fmt.Sprintf("OCR of PDF pages is not working (%s -v failed)", pname)
	}
	n := o.Concurrency
	if n <= 0 {
		n = DefaultConcurrency(o.Readings)
	}
	e.sem = make(chan struct{}, n)
	return e
}

// Reason says why OCR is off, in words an analyst understands, or "" when
// it is on.
func (e *Engine) Reason() string {
	switch {
	case e == nil:
		return "OCR is not set up"
	case e.off == "" && e.sem == nil:
		return "OCR is not set up"
	}
	return e.off
}

// PDFReason says why scanned PDF pages cannot be read, or "" when they can.
func (e *Engine) PDFReason() string {
	if r := e.Reason(); r != "" {
		return r
	}
	return e.noPDF
}

// Describe says what OCR will do, for the start-up log.
func (e *Engine) Describe() string {
	if r := e.Reason(); r != "" {
		return "OCR is off: " + r
	}
	s := fmt.Sprintf("OCR is on: %s, languages %s, %d at a time", e.version, e.langs, cap(e.sem))
	if e.detect {
		s += ", a file's other pages in the languages its first shows, a page misread in another language's letters read again in its own"
	}
	if e.osd {
		s += ", page orientation detected"
	}
	if e.noPDF != "" {
		s += "; " + e.noPDF
	}
	return s
}

// Text is what OCR read from a file.
type Text struct {
	// Lines are the lines read, in reading order, each with the confidence
	// Tesseract gave its words.
	Lines []Line
	// Confidence is the mean confidence of the words read, from 0 to 100.
	Confidence float64
	// Pages lists the pages read by OCR (1 for an image), so a PDF whose
	// other pages have a text layer says which are which.
	Pages []int
	// Languages are the language packs Tesseract read the first page
	// with ("eng+deu"); the others are read with those of them the first
	// page calls for.
	Languages string
	// Tables are the grids read from the word positions of the pages, in
	// page order: those of one page only (plainTables).
	Tables []Table

	words int // how many words the mean confidence is over
}

// Line is one line of text read by OCR.
type Line struct {
	Page int
	// Text is the line as read; a wide gap between words (a table column)
	// is a tab, as in the text of a PDF.
	Text string
	// Confidence is the confidence of the line's least sure word, from 0
	// to 100: one misread word (a digit of a date) is enough to doubt what
	// the line says.
	Confidence float64
	// Words are the line's words in the order of Text, so that a fact read
	// from part of a line is doubted for its own words only, not for a
	// smudged label beside it.
	Words []Word
}

// Word is one word of a Line.
type Word struct {
	Text string
	// Confidence is the confidence Tesseract gave the word, from 0 to 100.
	Confidence float64
	// Foreign says that the word has a letter none of the languages its
	// page is written in has ("informaciön" on a Spanish page, "Gestäo" on
	// a Portuguese one): Tesseract, trying every pack on a letter it is
	// unsure of, reads "ó" as "ö" and "ão" as "äo" at the confidence of the
	// words it reads right, so the letter, not the number, gives it away.
	Foreign bool
}

// String is the text, one line per Line.
func (t Text) String() string {
	var sb strings.Builder
	for _, l := range t.Lines {
		sb.WriteString(l.Text)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// add appends the lines of one page and updates the mean confidence.
func (t *Text) add(page int, p pageText) {
	for _, l := range p.lines {
		l.Page = page
		t.Lines = append(t.Lines, l)
	}
	t.Tables = append(t.Tables, tablesOf(page, p.lines, p.grid, p.grids)...)
	t.Pages = append(t.Pages, page)
	if n := t.words + p.words; n > 0 {
		t.Confidence = (t.Confidence*float64(t.words) + p.confSum) / float64(n)
		t.words = n
	}
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(line)
}

// probed remembers what each program printed for a probe, by path and
// option: every Assay a test suite starts would otherwise run them again,
// and what is installed does not change under a running process.
var probed sync.Map

// probe runs a program's version or listing option and returns what it
// printed on stdout and stderr (tesseract prints its version on either).
func probe(ctx context.Context, path string, arg string) (string, error) {
	key := path + "\x00" + arg
	if out, ok := probed.Load(key); ok {
		return out.(string), nil
	}
	out, err := runProbe(ctx, path, arg)
	if err == nil {
		probed.Store(key, out)
	}
	return out, err
}

func runProbe(ctx context.Context, path string, arg string) (string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, path, arg)
	cmd.Stdout = &limitedBuffer{buf: &out, max: 64 << 10, over: cancel}
	cmd.Stderr = cmd.Stdout
	cmd.Env = childEnv()
	err := cmd.Run()
	return out.String(), err
}

// lines splits output into lines for parsing.
func lines(b []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return slices.Clip(out)
}

// Respell is the line with its words replaced by words, one for each of
// its own, and its text written with their spelling and the gaps (a space,
// a tab) the text had between them; its confidence is that of its least
// sure word. It is false, with the line as it was, when words are not as
// many as the line's words or its text is not made of them.
func (l Line) Respell(words []Word) (Line, bool) {
	if len(words) != len(l.Words) || len(words) == 0 {
		return l, false
	}
	var sb strings.Builder
	rest := l.Text
	conf := 100.0
	for i, w := range l.Words {
		if !strings.HasPrefix(rest, w.Text) {
			return l, false
		}
		rest = rest[len(w.Text):]
		sb.WriteString(words[i].Text)
		if i < len(words)-1 {
			if rest == "" || rest[0] != ' ' && rest[0] != '\t' {
				return l, false
			}
			sb.WriteByte(rest[0])
			rest = rest[1:]
		}
		conf = min(conf, words[i].Confidence)
	}
	if rest != "" {
		return l, false
	}
	l.Text, l.Words, l.Confidence = sb.String(), slices.Clone(words), conf
	return l, true
}
