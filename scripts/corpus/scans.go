package main

import (
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// scan is how a printed page went through a scanner or a phone camera:
// resolution, noise, blur, a slight rotation and the file it was saved as.
type scan struct {
	from   *doc
	dpi    int
	noise  string // ImageMagick -attenuate for Gaussian noise
	blur   string
	rotate string
	format string // jpg, png or pdf (image-only); the scans of a blind batch
}

// scans are paper copies of some printed files: certificates above all,
// since vendors scan the framed copy, and a few printed reports and minutes.
func scans(docs []*doc) []*doc {
	byName := map[string]*doc{}
	for _, d := range docs {
		byName[d.name] = d
	}
	picks := []string{
		"certificates/albion-0-letterhead-en", "certificates/harbour-4-letterhead-en", "certificates/keystone-0-letterhead-en",
		"certificates/lakeshore-1-two-column-en", "certificates/certaxis-0-letterhead-en", "certificates/nordlicht-0-letterhead-de",
		"certificates/elbe-4-bilingual-de", "certificates/certivia-0-letterhead-fr", "certificates/alpin-1-two-column-fr",
		"certificates/iberica-0-letterhead-es", "certificates/certitalia-4-bilingual-it", "certificates/polder-0-letterhead-nl",
		"certificates/lusocert-2-combined-pt", "certificates/nordlicht-3-appendix-de", "certificates/keystone-2-combined-en",
		"training/03-es-print", "training/08-en-print", "acknowledgements/00-es-print", "minutes/01-de-chromium", "minutes/04-it-chromium",
	}
	formats := []string{"jpg", "pdf", "png", "pdf", "jpg"}
	var out []*doc
	for i, name := range picks {
		src := byName[name]
		if src == nil || src.format != "pdf" {
			panic("scans: no printed PDF named " + name)
		}
		format := formats[i%len(formats)]
		if strings.HasPrefix(name, "training/") || strings.HasPrefix(name, "acknowledgements/") || strings.HasSuffix(name, "appendix-de") {
			format = "pdf" // several pages: scanned into one PDF
		}
		sc := &scan{from: src, dpi: []int{150, 200, 120, 200, 150}[i%5], noise: []string{"0.4", "0.8", "0.3", "0.6", "1.0"}[i%5],
			blur: []string{"0x0.4", "0x0.7", "0x0.3", "0x0.6", "0x0.5"}[i%5], rotate: []string{"0.8", "-1.3", "0.4", "-0.6", "1.9"}[i%5]}
		d := &doc{
			name: "scans/" + strings.ReplaceAll(strings.TrimPrefix(name, "/"), "/", "-") + "-scan", question: src.question, lang: src.lang,
			producer: scanProducer(), format: format, facts: maps.Clone(src.facts), alts: src.alts, verdict: src.verdict, services: src.services,
			about: fmt.Sprintf("scan of %s.%s at %d dpi, grey, noise %s, blur %s, rotated %s°; needs OCR", name, src.format, sc.dpi, sc.noise, sc.blur, sc.rotate),
			scan:  sc,
		}
		if format == "pdf" {
			d.about = strings.Replace(d.about, "scan of", "image-only PDF scan of", 1)
		}
		out = append(out, d)
	}
	return out
}

// make renders the printed PDF to grey pages, spoils them as a scanner
// would, and saves them as the doc's image or as an image-only PDF.
func (s *scan) make(work string, d *doc) {
	if !haveScanTools() {
		s.makeHere(work, d)
		return
	}
	dir := filepath.Join(work, "scan", d.flat())
	check(os.MkdirAll(dir, 0o755))
	run(exec.Command("pdftoppm", "-r", fmt.Sprint(s.dpi), "-gray", filepath.Join(work, "out", s.from.flat()+".pdf"), filepath.Join(dir, "p")), work)
	pages, err := filepath.Glob(filepath.Join(dir, "p*.pgm"))
	check(err)
	slices.Sort(pages)
	if d.format != "pdf" {
		// A picture is one page: the first that has ink on it, as a
		// person scanning a document would not photograph a blank
		// leading page (Writer sometimes prints one before a letterhead).
		inked := slices.IndexFunc(pages, func(p string) bool { return !blankPage(p) })
		pages = pages[max(inked, 0):][:1]
	}
	var spoiled []string
	for i, p := range pages {
		ext := d.format
		if ext == "pdf" {
			ext = "jpg"
		}
		dst := filepath.Join(dir, fmt.Sprintf("s%02d.%s", i, ext))
		args := []string{p, "-background", "white", "-rotate", s.rotate, "-attenuate", s.noise, "+noise", "Gaussian", "-blur", s.blur,
			"-level", "6%,94%", "-colorspace", "Gray"}
		if ext == "png" {
			args = append(args, "-posterize", "16", "-define", "png:compression-level=9")
		} else {
			args = append(args, "-quality", "55", "-sampling-factor", "4:2:0")
		}
		run(exec.Command(convertProgram(), append(args, dst)...), work)
		spoiled = append(spoiled, dst)
	}
	dst := filepath.Join(work, "out", d.flat()+"."+d.format)
	if d.format == "pdf" {
		run(exec.Command("img2pdf", append(spoiled, "--pagesize", "A4", "-o", dst)...), work)
		return
	}
	b, err := os.ReadFile(spoiled[0])
	check(err)
	check(os.WriteFile(dst, b, 0o644))
}

// blankPage reports whether a rendered page is all but white: ImageMagick
// measures its mean grey level (1 is white).
func blankPage(path string) bool {
	out, err := exec.Command(convertProgram(), path, "-format", "%[fx:mean]", "info:").Output()
	if err != nil {
		return false
	}
	mean, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	return err == nil && mean > 0.995
}
