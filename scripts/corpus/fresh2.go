package main

import (
	"archive/zip"
	"fmt"
	"html"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
)

// blind is a batch written blind, after the readers, and read once, on
// the final code, to measure them on documents nobody tuned them on: its
// words and organisations are data/<name>-*.json, its certificates are
// planned profile by profile, and some of its printed files are scanned.
type blind struct {
	name, about                         string
	today                               string // the fixed day, where not main.go's
	minutesTags, tableLangs             []string
	seed                                uint64
	minutes, training, acknowledgements int
	seventhExports                      bool        // the seventh batch's export shapes (fresh7.go)
	eighthExports                       bool        // the eighth batch's export shapes and minutes (fresh8.go)
	ninthExports                        bool        // the ninth batch's export shapes and minutes (fresh9.go)
	trainingShapes, ackShapes           [][2]string // with ninthExports, the shapes of the reports and logs; the ninth's where empty
	plans                               map[string][]certPlan
	scans                               map[string]scan
}

// use switches the generators to the batch.
func (b *blind) use() {
	profiles = load[[]profile](b.name + "-profiles")
	labels = load[map[string]certLabels](b.name + "-labels")
	minutesWordsOf = load[map[string]minutesWords](b.name + "-minutes")
	tableWordsOf = load[map[string]tableWords](b.name + "-tables")
	names = load[struct{ First, Last map[string][]string }](b.name + "-names")
	minutesTags, tableLangs = b.minutesTags, b.tableLangs
	seed, minutesCount, trainingCount, acknowledgementCount = b.seed, b.minutes, b.training, b.acknowledgements
	seventhExports, eighthExports = b.seventhExports, b.eighthExports
	if b.today != "" {
		today = day(b.today)
	}
}

// docs are every document of the batch: its planned certificates, training
// reports, acknowledgement logs, minutes and the scans of some of them,
// whose PDFs say they are image-only in their description.
func (b *blind) docs() []*doc {
	docs := slices.Concat(plannedCertificates(b.plans), trainingReports(), acknowledgementLogs(), minutes())
	if b.eighthExports {
		docs = slices.Concat(plannedCertificates(b.plans), eighthTraining(), eighthAcknowledgements(), eighthMinutes())
	}
	if b.ninthExports {
		training, acks := ninthTrainingShapes, ninthAckShapes
		if b.trainingShapes != nil {
			training, acks = b.trainingShapes, b.ackShapes
		}
		docs = slices.Concat(plannedCertificates(b.plans), ninthTraining(training), ninthAcknowledgements(acks), ninthMinutes())
	}
	scans := scansOf(docs, b.scans)
	for _, d := range scans {
		if d.format == "pdf" {
			d.about = "image-only PDF " + d.about
		}
	}
	return append(docs, scans...)
}

// The second fresh batch (-fresh2, issue 10): nine bodies and
// organisations neither earlier batch has, other wordings of every label,
// header and status, three layouts no batch had (the scope only on an
// annex page, both languages side by side, the body's full name only in
// the signature block), training reports and acknowledgement logs,
// minutes, scans (the new layouts above all, a printed training report and
// minutes) and another seed. Its settings, the
// certificates planned and the scans are data/fresh2-batch.json; this file
// has the code of its layouts.

// certPlan is one certificate of a profile in a blind batch.
type certPlan struct {
	layout, state string
	writer        bool // printed by LibreOffice Writer rather than Chromium
	placeDate     bool // the issue date written after the town
	// coverage overrides the profile's expected answer where the English
	// half of a two-language certificate settles it.
	coverage map[string]string
	// dates, "initial issued expires" in ISO form, replace the state's on
	// the ambiguous profile's certificates, whose style is then the profile's.
	dates string
}

// plannedCertificates are the certificates of a blind batch, as planned
// for each of its profiles.
func plannedCertificates(planned map[string][]certPlan) []*doc {
	var docs []*doc
	for pi, p := range profiles {
		plans, ok := planned[p.ID]
		if !ok {
			log.Fatalf("no certificates planned for %s", p.ID)
		}
		for v, pl := range plans {
			c, r := newCert(pi, p, v)
			c.layout, c.placeDate = pl.layout, pl.placeDate && p.Town != ""
			if pl.state == verdictOutdated {
				c.standard, c.edition = p.Std2013[v%len(p.Std2013)], "2013"
			}
			if pl.writer {
				c.producer = writerPDF()
			}
			c.dates(r, pl.state)
			if pl.dates != "" {
				f := strings.Fields(pl.dates)
				c.initial, c.issued, c.expires = day(f[0]), day(f[1]), day(f[2])
				c.other, c.style = c.expires.AddDate(1, 2, 9), p.Styles[v%len(p.Styles)]
			}
			if c.layout == layoutAttestation {
				// A letter written while the certificate held, some weeks before today at the latest.
				end := today
				if c.expires.Before(end) {
					end = c.expires
				}
				span := int(end.Sub(c.issued).Hours()/24) - 20
				c.letter = c.issued.AddDate(0, 0, 10+r.IntN(max(span, 1)))
			}
			if c.layout == layoutTransfer {
				// Transferred in the middle of the former body's cycle, which runs on to its expiry.
				c.issued = c.issued.AddDate(0, 5, 0)
			}
			if c.layout == layoutCoverLetter {
				// The covering letter goes out some days after the certificate is issued.
				c.letter = c.issued.AddDate(0, 0, 3+r.IntN(9))
			}
			d := c.doc()
			if pl.coverage != nil {
				d.services = slices.Clone(d.services)
				for i, s := range d.services {
					if e, ok := pl.coverage[s.Name]; ok {
						d.services[i].Expected = e
					}
				}
			}
			docs = append(docs, d)
		}
	}
	return docs
}

// fresh2CSS styles the new layouts: the logo of the signature layout and
// the two columns of the side-by-side one.
const fresh2CSS = `<style>
.logo { text-align: right; margin-bottom: 12mm; }
.logo span { font-family: "DejaVu Sans", sans-serif; font-size: 20pt; font-weight: bold; letter-spacing: 3px; color: #7a1f1f; border: 3px solid #7a1f1f; padding: 1mm 4mm; }
.logo .ba { margin-top: 2mm; }
table.sbs { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
table.sbs td.col { width: 50%; vertical-align: top; padding: 0 4mm; }
table.sbs td.col + td.col { border-left: 1px solid #999; }
table.sbs h1 { font-size: 15pt; }
table.sbs .org { font-size: 12pt; }
table.sbs .std { font-size: 11pt; }
table.sbs table.facts { margin: 4mm 0; }
table.sbs table.facts td + td { white-space: nowrap; }
</style>
`

// front is the opening of the new layouts: title, the certifying words,
// the organisation, the standard.
func (c *cert) front(l certLabels) string {
	v := c.variant
	return fmt.Sprintf("<h1>%s</h1>\n<p>%s</p>\n%s\n<p>%s</p>\n<p class=\"std\">%s</p>\n",
		esc(pick(l.Title, v)), esc(pick(l.Certify, v)), c.orgBlock(), esc(pick(l.Conforms, v)), esc(c.standard))
}

// details is the table of number and dates, dates written in language tag.
func (c *cert) details(l certLabels, tag string) string {
	v := c.variant
	date := func(t time.Time) string { return formatDate(t, tag, c.style) }
	var b strings.Builder
	b.WriteString("<table class=\"facts\">\n")
	b.WriteString(row2(pick(l.Number, v), c.number))
	b.WriteString(row2(pick(l.Initial, v), date(c.initial)))
	if tag == c.p.Tag {
		b.WriteString(row2(c.issueLine(l)))
	} else {
		b.WriteString(row2(pick(l.Issue, v), date(c.issued)))
	}
	b.WriteString(row2(pick(l.Expiry, v), date(c.expires)))
	b.WriteString("</table>\n")
	return b.String()
}

// scopeAnnex is a front page that only refers to the annex for the scope,
// and the annex page with the scope above the site table.
func (c *cert) scopeAnnex(l certLabels) string {
	front := c.header() + c.front(l) + fmt.Sprintf("<p><i>%s</i></p>\n", esc(l.AppendixNote)) + c.details(l, c.p.Tag) + c.footer(l)
	return front + c.appendixWith(l, c.scopeBlock(l))
}

// sideBySide prints every detail twice, in the language on the left and
// in English on the right, dates written in each language.
func (c *cert) sideBySide(l, en certLabels) string {
	column := func(l certLabels, tag, scope string) string {
		return fmt.Sprintf("<td class=\"col\" lang=\"%s\">%s<p>%s</p>\n<p class=\"scope\">%s</p>\n%s</td>", lang(tag), c.front(l),
			esc(pick(l.ScopeIntro, c.variant)), esc(scope), c.details(l, tag))
	}
	return fresh2CSS + c.header() + "<table class=\"sbs\"><tr>" + column(l, c.p.Tag, c.p.Scope) + column(en, "en", c.p.ScopeEN) +
		"</tr></table>\n" + c.footer(l)
}

// signature has a logo of the body's short name over its address, and
// names the body in full only in the signature block.
func (c *cert) signature(l certLabels) string {
	b := c.p.Body
	var s strings.Builder
	fmt.Fprintf(&s, "%s<div class=\"logo\"><span>%s</span><div class=\"ba\">%s</div></div>\n", fresh2CSS, esc(strings.ToUpper(b.Short)), esc(b.Addr))
	s.WriteString(c.front(l) + c.scopeBlock(l) + c.details(l, c.p.Tag))
	fmt.Fprintf(&s, "<div class=\"foot\"><div class=\"sig\">%s<br><b>%s</b><br><br><span class=\"line\"></span><br>%s</div>", esc(l.OnBehalf), esc(b.Name), esc(l.Signer))
	if b.Accred != "" {
		fmt.Fprintf(&s, "<div class=\"mark\"><b>%s</b><br>%s %s<br><small>%s</small></div>", esc(b.Accred), esc(l.Accredited), esc(b.Accred), esc(b.AccredNo))
	}
	s.WriteString("</div>")
	return s.String()
}

// checkWritten makes sure that each file says what its manifest entry
// expects: every name, number, scope, site and person is in the file's
// text as poppler's pdftotext, the DOCX or XLSX XML or the CSV gives it,
// and every date in one of the ways the generator writes dates. It checks
// the generator, not the readers; scans are checked through the files they
// were printed from.
func checkWritten(work string, docs []*doc) {
	bad := 0
	for _, d := range docs {
		if d.scan != nil {
			continue
		}
		text := normWritten(fileText(filepath.Join(work, "out", d.flat()+"."+d.format)))
		for key, want := range d.facts {
			if !factWritten(text, d, key, want) {
				log.Printf("%s: %s %v is not in the file's text", d.file(), key, want)
				bad++
			}
		}
	}
	if bad > 0 {
		log.Fatalf("%d facts are not in their files", bad)
	}
	log.Printf("every fact of %d files is in its file's text", len(docs))
}

// factWritten reports whether a fact's expected value is written in text.
func factWritten(text string, d *doc, key string, want any) bool {
	has := func(s string) bool { return strings.Contains(text, normWritten(s)) }
	switch w := want.(type) {
	case string:
		if isoDate.MatchString(w) {
			return d.format == "xlsx" || dateWritten(has, d.lang, w) // Calc stores an XLSX date as a number
		}
		if key == "edition" {
			return true // named by the standard's wording, not by its year
		}
		for _, alt := range append([]any{w}, d.alts[key]...) {
			if has(fmt.Sprint(alt)) {
				return true
			}
		}
		if layout, _, _ := strings.Cut(d.about, " "); key == "scope" && listsScope(layout) {
			// A schedule numbers the scope's activities: each is written.
			for _, a := range strings.Split(w, "; ") {
				if !has(a) {
					return false
				}
			}
			return true
		}
		return false
	case []string:
		for _, s := range w {
			if !has(s) {
				return false
			}
		}
		return true
	case map[string]any: // an uncertain date: its first reading is how it is written
		if readings, ok := w["uncertain"].([]string); ok {
			return dateWritten(has, d.lang, readings[0])
		}
	}
	return true // counts, rates, flags and topics are not text
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// dateWritten reports whether the date is written in one of the styles,
// in the document's language or in English.
func dateWritten(has func(string) bool, tag, date string) bool {
	t := day(date)
	for _, l := range []string{tag, "en"} {
		for _, style := range []string{styleISO, styleLong, styleUSLong, styleShort, styleDMY, styleMDY, styleDotted, styleDashed, styleDMYDash, styleOrdinal, styleSpaced} {
			if has(formatDate(t, l, style)) {
				return true
			}
		}
	}
	return false
}

var xmlTags = regexp.MustCompile(`<[^>]+>`)

// fileText is the text of a written file: pdftotext's in both its reading
// orders for a PDF, the XML's text for DOCX and XLSX, a CSV as it is.
func fileText(path string) string {
	switch filepath.Ext(path) {
	case ".pdf":
		var all string
		for _, mode := range []string{"-raw", "-layout"} {
			b, err := exec.Command("pdftotext", mode, "-enc", "UTF-8", path, "-").Output()
			check(err)
			all += string(b) + "\n"
		}
		return all
	case ".docx", ".xlsx":
		z, err := zip.OpenReader(path)
		check(err)
		defer z.Close()
		var b strings.Builder
		for _, f := range z.File {
			if !strings.HasSuffix(f.Name, ".xml") {
				continue
			}
			r, err := f.Open()
			check(err)
			x, err := io.ReadAll(r)
			check(err)
			r.Close()
			b.WriteString(html.UnescapeString(xmlTags.ReplaceAllString(strings.ReplaceAll(string(x), "</w:p>", "\n"), " ")))
		}
		return b.String()
	}
	b, err := os.ReadFile(path)
	check(err)
	return string(b)
}

// normWritten lowers text and closes its spaces up, so that a scope broken
// over lines or a name split over two XML runs is still found.
func normWritten(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), "")
}
