package main

import (
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// The fresh batch (-fresh) is written after the readers, to measure them on
// documents nobody tuned them on: other certification bodies, organisations
// and scopes, other wordings of every label, a layout the world corpus does
// not have (every detail in one bordered table) and another seed.
var (
	fresh        bool
	seed         uint64 // added to every generator's seed
	variants     = 6    // certificates per profile
	minutesCount = 22
	// Training reports and acknowledgement logs.
	trainingCount, acknowledgementCount = 30, 25
)

// useFresh switches the generators to the fresh batch.
func useFresh() {
	// Other bodies and organisations, other wordings of the labels and of
	// the minutes: data/fresh-*.json.
	profiles = load[[]profile]("fresh-profiles")
	labels = load[map[string]certLabels]("fresh-labels")
	minutesWordsOf = load[map[string]minutesWords]("fresh-minutes")
	minutesTags = []string{"en-gb", "de", "fr", "es", "en-us", "de"}
	seed, variants, minutesCount = 1000, 4, 6
}

// writerPDF is LibreOffice Writer's PDF export, or Chromium's print when
// Writer is not installed (the fresh batch is made without it).
func writerPDF() string {
	if !haveWriter() {
		return producerChromium
	}
	return producerWriterPDF
}

// haveWriter reports whether LibreOffice Writer is installed: soffice,
// and Writer's library beside it (Calc alone cannot open HTML).
func haveWriter() bool {
	p, err := exec.LookPath("soffice")
	if err != nil {
		return false
	}
	p, err = filepath.EvalSymlinks(p)
	if err != nil {
		return false
	}
	_, err = os.Stat(filepath.Join(filepath.Dir(p), "libswlo.so"))
	return err == nil
}

// haveScanTools reports whether ImageMagick (not a stand-in) and img2pdf
// are installed to spoil and bind scans.
func haveScanTools() bool {
	for _, p := range []string{"convert-im6.q16", "img2pdf"} {
		if _, err := exec.LookPath(p); err != nil {
			return false
		}
	}
	return true
}

// scanProducer is how this machine makes scans.
func scanProducer() string {
	if haveScanTools() {
		return producerScan
	}
	return producerScanHere
}

// convertProgram is ImageMagick's convert, by the name Debian also gives it
// so that a stand-in earlier on PATH is not taken for it.
func convertProgram() string {
	if p, err := exec.LookPath("convert-im6.q16"); err == nil {
		return p
	}
	return "convert"
}

// freshScans are scans of a few fresh certificates and minutes.
func freshScans(docs []*doc) []*doc {
	picks := map[string]scan{
		"certificates/thames-1-two-column-en": {dpi: 200, noise: "0.5", blur: "0x0.5", rotate: "-0.9", format: "jpg"},
		"certificates/wien-0-table-de":        {dpi: 150, noise: "0.7", blur: "0x0.6", rotate: "1.1", format: "png"},
		"certificates/andes-2-combined-es":    {dpi: 200, noise: "0.4", blur: "0x0.4", rotate: "0.6", format: "pdf"},
		"minutes/02-fr-chromium":              {dpi: 150, noise: "0.6", blur: "0x0.5", rotate: "-1.4", format: "jpg"},
	}
	return scansOf(docs, picks)
}

// scansOf are scans of the picked printed documents, each saved in the
// format given for it, expecting what the printed document says.
func scansOf(docs []*doc, picks map[string]scan) []*doc {
	var out []*doc
	for _, src := range docs {
		sc, ok := picks[src.name]
		if !ok {
			continue
		}
		sc.from = src
		out = append(out, &doc{
			name: "scans/" + strings.ReplaceAll(src.name, "/", "-") + "-scan", question: src.question, lang: src.lang,
			producer: scanProducer(), format: sc.format, facts: maps.Clone(src.facts), alts: src.alts, verdict: src.verdict, services: src.services,
			about: fmt.Sprintf("scan of %s.pdf at %d dpi, grey, noise %s, blur %s, rotated %s°; needs OCR", src.name, sc.dpi, sc.noise, sc.blur, sc.rotate),
			scan:  &sc,
		})
	}
	if len(out) != len(picks) {
		panic("scansOf: a picked document is missing")
	}
	return out
}

// table is the fresh layout: the letterhead, then every detail in one
// bordered table, label on the left, value on the right.
func (c *cert) table(l certLabels) string {
	v := c.variant
	var b strings.Builder
	b.WriteString(c.header())
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p>%s</p>\n%s\n", esc(pick(l.Title, v)), esc(pick(l.Certify, v)), c.orgBlock())
	b.WriteString("<table class=\"grid\">\n")
	issueK, issueV := c.issueLine(l)
	for _, kv := range [][2]string{
		{l.Standard, c.standard}, {pick(l.ScopeIntro, v+1), c.p.Scope}, {pick(l.Number, v+1), c.number},
		{pick(l.Initial, v+1), c.date(c.initial)}, {issueK, issueV}, {pick(l.Expiry, v+1), c.date(c.expires)},
	} {
		fmt.Fprintf(&b, "<tr><th>%s</th><td>%s</td></tr>\n", esc(strings.TrimSuffix(strings.TrimSpace(kv[0]), ":")), esc(kv[1]))
	}
	b.WriteString("</table>\n")
	b.WriteString(c.footer(l))
	return b.String()
}
