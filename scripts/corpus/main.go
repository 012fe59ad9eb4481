// Command corpus makes the real-world evidence corpus that package facts'
// world test reads (app/reading/facts/testdata/world): ISO/IEC 27001
// certificates, training reports, management review minutes and policy
// acknowledgement logs in seven languages, each file made by the program a
// vendor would have used (Chromium's print to PDF, LibreOffice Writer and
// Calc, a CSV export, a scanner's image), with a manifest of the facts a
// careful analyst reads from each file.
//
// The documents and what they say are defined here and in data/ (the words of
// each language, the certified organisations), so the manifest cannot
// drift from the files. Run it by hand from the repository root when the
// corpus changes; it needs Debian's chromium, libreoffice-calc-nogui and
// poppler-utils, and uses libreoffice-writer-nogui, imagemagick and img2pdf
// where they are installed (the manifest names what made each file):
//
//	go run ./scripts/corpus            # the world corpus
//	go run ./scripts/corpus -fresh6    # a blind batch: -fresh, -fresh2 … -fresh12 (data/freshN-batch.json)
//
// Nothing here runs during tests: the files it makes are committed.
package main

import (
	"encoding/json"
	"flag"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
)

// today is the fixed day the manifest's verdicts hold on.
var today = day("2026-02-15")

// edition2013End is when certificates to ISO/IEC 27001:2013 lapsed.
var edition2013End = day("2025-10-31")

// Producers: the program that wrote a file, as the manifest names it.
const (
	producerChromium   = "chromium --headless --print-to-pdf"
	producerWriterPDF  = "soffice --convert-to pdf (LibreOffice Writer)"
	producerWriterDOCX = "soffice --convert-to docx (LibreOffice Writer)"
	producerCalcXLSX   = "soffice --convert-to xlsx (LibreOffice Calc)"
	producerCalcPDF    = "soffice --convert-to pdf (LibreOffice Calc)"
	producerExport     = "CSV export"
	producerScan       = "scan: pdftoppm, ImageMagick noise/blur/rotation"
	// Where Writer, ImageMagick or img2pdf is not installed: a DOCX as
	// document systems export one, and a scan spoiled and put into an
	// image-only PDF by this program (scan.go).
	producerDOCX     = "DOCX export (WordprocessingML written by the document system)"
	producerScanHere = "scan: pdftoppm, noise/blur/rotation and image-only PDF by scripts/corpus"
)

// Evidence questions, as package evidence names them.
const (
	questionCertificate      = "iso27001_certificate"
	questionTraining         = "training_report"
	questionMinutes          = "review_minutes"
	questionAcknowledgements = "acknowledgement_log"
)

// doc is one file of the corpus: its source, the program that makes it and
// what a careful analyst reads from it.
type doc struct {
	name     string // path under the corpus folder, without extension
	question string
	lang     string
	producer string
	format   string    // the file's extension and reading kind
	html     string    // source of Chromium and Writer
	fods     string    // source of Calc (flat OpenDocument spreadsheet)
	csv      string    // a CSV export, written as is
	book     *workbook // an XLSX export a system writes itself (xlsx.go)
	facts    map[string]any
	alts     map[string][]any
	verdict  string
	services []service
	about    string
	scan     *scan // set on scans: how the paper was scanned
}

func (d *doc) file() string { return d.name + "." + d.format }

// flat is the doc's name as a file name in the work folder.
func (d *doc) flat() string { return strings.ReplaceAll(d.name, "/", "__") }

// uncertainValue is the manifest's value of a fact a careful analyst
// cannot be sure of, with the readings the text allows.
func uncertainValue(readings ...string) map[string]any {
	return map[string]any{"uncertain": readings}
}

// entry is one file in the manifest.
type entry struct {
	File         string           `json:"file"`
	Kind         string           `json:"kind"`
	Question     string           `json:"question"`
	Language     string           `json:"language"`
	Producer     string           `json:"producer"`
	OCR          bool             `json:"ocr,omitempty"`
	About        string           `json:"about"`
	Facts        map[string]any   `json:"facts"`
	Alternatives map[string][]any `json:"alternatives,omitempty"`
	Verdict      string           `json:"verdict,omitempty"`
	Services     []service        `json:"services,omitempty"`
}

type manifest struct {
	About string  `json:"about"`
	Today string  `json:"today"`
	Files []entry `json:"files"`
}

func main() {
	out := flag.String("out", "app/reading/facts/testdata/world", "the corpus folder")
	work := flag.String("work", "", "a folder for sources and intermediate files (default: a temporary one)")
	manifestOnly := flag.Bool("manifest-only", false, "rewrite only manifest.json, for a change to what the files say that leaves the files as they are")
	flag.BoolVar(&fresh, "fresh", false, "write the fresh batch (new bodies, organisations, wordings, a new layout and seed) into testdata/fresh")
	blinds := map[*bool]*blind{}
	for _, name := range blindNames() {
		b := blindBatches[name]
		blinds[flag.Bool(name, false, "write the blind batch testdata/"+name+": "+b.about)] = b
	}
	flag.Parse()
	batch, name := (*blind)(nil), ""
	for on, b := range blinds {
		if *on {
			if name != "" {
				log.Fatal("one batch at a time")
			}
			batch, name = b, b.name
			b.use()
		}
	}
	if fresh {
		if name != "" {
			log.Fatal("one batch at a time")
		}
		useFresh()
		name = "fresh"
	}
	if name != "" && *out == "app/reading/facts/testdata/world" {
		*out = "app/reading/facts/testdata/" + name
	}
	if *work == "" {
		dir, err := os.MkdirTemp("", "corpus-*")
		check(err)
		defer os.RemoveAll(dir)
		*work = dir
	}
	for _, d := range []string{"src", "out", "home"} {
		check(os.MkdirAll(filepath.Join(*work, d), 0o755))
	}
	var docs []*doc
	switch {
	case fresh:
		docs = slices.Concat(certificates(), minutes())
		docs = append(docs, freshScans(docs)...)
	case batch != nil:
		docs = batch.docs()
	default:
		docs = slices.Concat(certificates(), trainingReports(), acknowledgementLogs(), minutes())
		docs = append(docs, scans(docs)...)
	}
	seen := map[string]bool{}
	for _, d := range docs {
		if seen[d.name] {
			log.Fatalf("two documents are named %s", d.name)
		}
		seen[d.name] = true
	}
	if !*manifestOnly {
		make_(*work, docs)
		if batch != nil {
			checkWritten(*work, docs)
		}
		check(os.RemoveAll(*out))
	}
	m := manifest{
		About: "Evidence files made by real programs, with the facts a careful analyst reads from each; made by scripts/corpus. " +
			"A value {\"uncertain\": [...]} is a fact the document does not settle, with the readings it allows; " +
			"a verdict \"uncertain\" is one that differs between those readings.",
		Today: iso(today),
	}
	for _, d := range docs {
		if !*manifestOnly {
			dst := filepath.Join(*out, d.file())
			check(os.MkdirAll(filepath.Dir(dst), 0o755))
			b, err := os.ReadFile(filepath.Join(*work, "out", d.flat()+"."+d.format))
			check(err)
			check(os.WriteFile(dst, b, 0o644))
		}
		m.Files = append(m.Files, entry{
			File: d.file(), Kind: kindOf(d.format), Question: d.question, Language: d.lang, Producer: d.producer,
			OCR: d.scan != nil, About: d.about, Facts: d.facts, Alternatives: d.alts, Verdict: d.verdict, Services: d.services,
		})
	}
	slices.SortFunc(m.Files, func(a, b entry) int { return strings.Compare(a.File, b.File) })
	b, err := json.MarshalIndent(m, "", "  ")
	check(err)
	check(os.WriteFile(filepath.Join(*out, "manifest.json"), append(b, '\n'), 0o644))
	log.Printf("%d files in %s", len(m.Files), *out)
}

// kindOf is the reading kind of a file extension.
func kindOf(ext string) string {
	if ext == "jpg" {
		return "jpeg"
	}
	return ext
}

// make_ writes every source and runs the programs that turn them into files,
// scans last since they start from the printed PDFs.
func make_(work string, docs []*doc) {
	src, out := filepath.Join(work, "src"), filepath.Join(work, "out")
	batches := map[string][]string{}
	var printed []*doc
	for _, d := range docs {
		switch {
		case d.scan != nil:
			continue
		case d.csv != "":
			check(os.WriteFile(filepath.Join(out, d.flat()+".csv"), []byte(d.csv), 0o644))
		case d.book != nil:
			d.book.write(filepath.Join(out, d.flat()+".xlsx"))
		case d.fods != "":
			p := filepath.Join(src, d.flat()+".fods")
			check(os.WriteFile(p, []byte(d.fods), 0o644))
			batches[d.format] = append(batches[d.format], p)
		case d.producer == producerDOCX:
			writeDOCX(d.html, filepath.Join(out, d.flat()+".docx"))
		case d.producer == producerChromium:
			check(os.WriteFile(filepath.Join(src, d.flat()+".html"), []byte(d.html), 0o644))
			printed = append(printed, d)
		default:
			p := filepath.Join(src, d.flat()+".html")
			check(os.WriteFile(p, []byte(d.html), 0o644))
			filter := map[string]string{"pdf": "pdf:writer_web_pdf_Export", "docx": "docx:MS Word 2007 XML"}[d.format]
			batches[filter] = append(batches[filter], p)
		}
	}
	chromium(src, out, printed)
	for filter, files := range batches {
		for chunk := range slices.Chunk(files, 40) {
			args := append([]string{"--headless", "-env:UserInstallation=file://" + filepath.Join(work, "home", "lo"),
				"--convert-to", filter, "--outdir", out}, chunk...)
			run(exec.Command("soffice", args...), work)
		}
	}
	for _, d := range docs {
		if d.scan != nil {
			d.scan.make(work, d)
		}
	}
}

// chromium prints each HTML source to PDF, two at a time.
func chromium(src, out string, docs []*doc) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for _, d := range docs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			in := filepath.Join(src, d.flat()+".html")
			cmd := exec.Command("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
				"--print-to-pdf="+filepath.Join(out, d.flat()+".pdf"), "file://"+in)
			run(cmd, filepath.Dir(src))
		}()
	}
	wg.Wait()
}

func run(cmd *exec.Cmd, home string) {
	cmd.Env = append(os.Environ(), "HOME="+filepath.Join(home, "home"))
	start := time.Now()
	if b, err := cmd.CombinedOutput(); err != nil {
		log.Fatalf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, b)
	}
	if d := time.Since(start); d > 20*time.Second {
		log.Printf("%s took %s", cmd.Args[0], d.Round(time.Second))
	}
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
