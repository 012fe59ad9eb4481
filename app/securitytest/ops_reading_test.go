package securitytest

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"net/http"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"assay/app/apptest"
)

// Item 11: ten PDF bombs uploaded at the same moment are each read within a memory budget, at
// most two at a time, and each ends as unreadable with its reason: the server's peak memory
// grows by less than 300 MiB and it keeps serving. The server runs as a child process, on
// PostgreSQL, where the job queue has more workers than reading slots, so the cap on
// concurrent readings is what holds.
func TestPDFBombsKeepMemoryBounded(t *testing.T) {
	bombs := pdfBombs()
	data := t.TempDir()
	env, base := childEnv(t, data, "ASSAY_DATABASE_URL="+apptest.NewPostgresDB(t), "ASSAY_READING_CONCURRENCY=2")
	staff := staffToken(t, env)
	srv := startChild(t, env, base)
	token := invite(t, base, staff, "Bomb Vendor")
	vendor := map[string]string{"Bearer": token}

	// A genuine file first, so the measure is of the bombs and not of the first reading's set-up.
	ct, body := uploadBody("security_policy", "policy.pdf", []byte(minimalPDF))
	if r := do(t, nil, http.MethodPost, base+"/api/v1/respond/evidence", body, map[string]string{"Bearer": token, "Content-Type": ct}); r.Status != http.StatusCreated {
		t.Fatalf("upload a genuine file: %d %s", r.Status, r.Body)
	}
	waitEvidence(t, base, vendor, 1, time.Minute)
	pid := srv.cmd.Process.Pid
	// Writing 5 to clear_refs resets the peak (VmHWM) to the present size, so the peak read
	// after the bombs is theirs.
	if err := os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", pid), []byte("5"), 0); err != nil {
		t.Fatalf("reset the peak memory of the server: %v", err)
	}
	before := procStatusKiB(t, pid, "VmRSS")

	start := time.Now()
	var wg sync.WaitGroup
	for i, b := range bombs {
		wg.Go(func() {
			ct, body := uploadBody(bombQuestions[i%len(bombQuestions)], b.name+".pdf", b.pdf)
			if r := do(t, nil, http.MethodPost, base+"/api/v1/respond/evidence", body, map[string]string{"Bearer": token, "Content-Type": ct}); r.Status != http.StatusCreated {
				t.Errorf("upload %s: %d %s", b.name, r.Status, r.Body)
			}
		})
	}
	wg.Wait()
	files := waitEvidence(t, base, vendor, 1+len(bombs), 10*time.Minute)
	took := time.Since(start)
	peak := procStatusKiB(t, pid, "VmHWM")
	growth := float64(peak-before) / 1024
	t.Logf("%d PDF bombs uploaded at once, all read in %s; server memory %.0f MiB before, peak %.0f MiB, growth %.0f MiB",
		len(bombs), took.Round(time.Second), float64(before)/1024, float64(peak)/1024, growth)

	byName := map[string]evidenceState{}
	for _, f := range files {
		byName[strings.TrimSuffix(f.Filename, ".pdf")] = f
	}
	for _, b := range bombs {
		f, ok := byName[b.name]
		switch {
		case !ok:
			t.Errorf("%s: not among the files", b.name)
		case f.Status != "failed" || !b.reason.MatchString(f.ExtractError):
			t.Errorf("%s: %s %q, want failed with a reason matching %q", b.name, f.Status, f.ExtractError, b.reason)
		default:
			t.Logf("%s (%d KiB): %s", b.name, len(b.pdf)>>10, f.ExtractError)
		}
	}
	if growth >= 300 {
		t.Errorf("memory grew by %.0f MiB, want under 300 MiB", growth)
	}
	if r := do(t, nil, http.MethodGet, base+"/readyz", nil, nil); r.Status != http.StatusOK {
		t.Errorf("the server after the bombs: /readyz %d\n%s", r.Status, srv.logs.String())
	}
}

// bombQuestions are evidence questions the bombs are spread over, at most ten files each.
var bombQuestions = []string{"security_policy", "training_report", "review_minutes", "iso27001_certificate"}

// evidenceState is a file as the vendor's API shows it.
type evidenceState struct {
	Filename     string `json:"filename"`
	Status       string `json:"status"`
	ExtractError string `json:"extract_error"`
}

// waitEvidence waits until the assessment has n files and none is still being read.
func waitEvidence(t *testing.T, base string, vendor map[string]string, n int, timeout time.Duration) []evidenceState {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		var state struct{ Evidence []evidenceState }
		r := do(t, nil, http.MethodGet, base+"/api/v1/respond", nil, vendor)
		if r.Status != http.StatusOK {
			t.Fatalf("vendor state: %d %s", r.Status, r.Body)
		}
		r.JSON(t, &state)
		reading := 0
		for _, f := range state.Evidence {
			if f.Status == "stored" {
				reading++
			}
		}
		if len(state.Evidence) >= n && reading == 0 {
			return state.Evidence
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %s, %d of %d files are still being read", timeout, reading, len(state.Evidence))
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// bomb is a hostile PDF and the reason the reader must give for refusing it.
type bomb struct {
	name   string
	pdf    []byte
	reason *regexp.Regexp
}

var (
	overBudget = regexp.MustCompile(`^its content expands beyond the limit of 32 MiB$`)
	damaged    = regexp.MustCompile(`^not a valid PDF file`)
)

// pdfBombs writes the ten: each small enough to upload, each built to exhaust the reader's
// memory, time or stack in a different way. Object 1 is the catalog, 2 the page tree, 3 the
// first page's contents and 4 the resource its pages use.
func pdfBombs() []bomb {
	const font = "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"
	text := "BT /F1 12 Tf 72 720 Td (Information security policy) Tj ET"
	page := func(resources string) string {
		return "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<<" + resources + ">>/Contents 3 0 R>>"
	}
	textPage := page("/Font<</F1 4 0 R>>")
	pages := func(kids string, n int) string { return fmt.Sprintf("<</Type/Pages/Kids[%s]/Count %d>>", kids, n) }
	onePage := func(pageObj, contents, resource string, more ...string) []byte {
		return pdfFile(append([]string{"<</Type/Catalog/Pages 2 0 R>>", pages("5 0 R", 1), contents, resource, pageObj}, more...))
	}
	manyPages := func(n int, pageObj, contents, resource string) []byte {
		kids := make([]string, n)
		objs := []string{"<</Type/Catalog/Pages 2 0 R>>", "", contents, resource}
		for i := range n {
			kids[i] = fmt.Sprintf("%d 0 R", 5+i)
			objs = append(objs, pageObj)
		}
		objs[1] = pages(strings.Join(kids, " "), n)
		return pdfFile(objs)
	}

	// Forms that each draw the next one ten times, twelve deep: a hundred billion drawings.
	var forms []string
	const formDepth = 12
	for i := range formDepth {
		draw, res := text, "<</Font<</F1 4 0 R>>>>"
		if i < formDepth-1 {
			draw, res = strings.Repeat("/X Do ", 10), fmt.Sprintf("<</XObject<</X %d 0 R>>/Font<</F1 4 0 R>>>>", 7+i)
		}
		forms = append(forms, "<</Type/XObject/Subtype/Form/BBox[0 0 612 792]/Resources "+res+stream(draw)[2:])
	}
	cmapFont := "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/ToUnicode 6 0 R>>"
	// A 16-byte mapping, repeated: the CMap inflates to a gigabyte of them.
	cmap := flateStream("/CIDInit/ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00> <FF> endcodespacerange 99999999 beginbfchar\n",
		"<41> <00410042>\n", 1<<30)

	return []bomb{
		{"flate-2gib", onePage(textPage, flateStream(text+"\n", " ", 2<<30), font), overBudget},
		{"flate-twice-16gib", onePage(textPage, filtered(deflate(deflateBomb(text+"\n", " ", 16<<30)), "/FlateDecode/FlateDecode"), font), overBudget},
		{"string-150mb", onePage(textPage, flateStream("BT /F1 12 Tf 72 720 Td (", "A", 150<<20), font), overBudget},
		{"nested-million", pdfFile([]string{"<</Type/Catalog/Pages 2 0 R>>", pages(strings.Repeat("[", 1<<20)+"5 0 R"+strings.Repeat("]", 1<<20), 1),
			stream(text), font, textPage}), regexp.MustCompile(`^the PDF has no pages$`)},
		{"pages-100k", manyPages(100_000, textPage, stream(text), font), regexp.MustCompile(`^exceeds the limit of 500 pages$`)},
		{"images-400-pages", manyPages(400, page("/XObject<</Im 4 0 R>>"), stream(strings.Repeat("q 612 0 0 792 0 0 cm /Im Do Q\n", 25)),
			"<</Type/XObject/Subtype/Image/Width 16384/Height 16384/ColorSpace/DeviceRGB/BitsPerComponent 8"+flateStream("", " ", 768<<20)[2:]),
			regexp.MustCompile(`scanned (images|pages)`)},
		{"xref-loop", xrefLoop(), damaged},
		{"forms-100-billion", onePage(page("/XObject<</X 6 0 R>>"), stream("/X Do"), font, forms...), overBudget},
		{"cmap-1gib", onePage(textPage, stream(text), cmapFont, cmap), overBudget},
		{"array-15m", onePage(strings.TrimSuffix(textPage, ">>")+"/Junk["+strings.Repeat("0 ", 15_000_000)+"]>>", stream(text), font),
			overBudget},
	}
}

// stream is an unfiltered stream object holding s.
func stream(s string) string {
	return fmt.Sprintf("<</Length %d>>stream\n%s\nendstream", len(s), s)
}

// flateStream is a FlateDecode stream object of prefix followed by unit repeated to n bytes.
func flateStream(prefix, unit string, n int64) string {
	return filtered(deflateBomb(prefix, unit, n), "/FlateDecode")
}

// filtered is a stream object holding data with the filters given.
func filtered(data []byte, filters string) string {
	return fmt.Sprintf("<</Length %d/Filter[%s]>>stream\n%s\nendstream", len(data), filters, data)
}

// deflateBomb compresses prefix followed by unit repeated to n bytes (unit's length must
// divide 1 MiB) about a thousand to one, without the work: it repeats one flushed block of
// units, which decodes the same wherever the units before it are in step, so gigabytes cost
// nothing to write. Its checksum is wrong, which a reader learns only after inflating it all.
func deflateBomb(prefix, unit string, n int64) []byte {
	const block = 1 << 20
	var buf, out bytes.Buffer
	w, _ := zlib.NewWriterLevel(&buf, zlib.BestCompression)
	units := bytes.Repeat([]byte(unit), block/len(unit))
	w.Write([]byte(prefix))
	w.Write(units)
	w.Flush()
	out.Write(buf.Bytes())
	buf.Reset()
	w.Write(units)
	w.Flush()
	for range n/block - 1 {
		out.Write(buf.Bytes())
	}
	buf.Reset()
	w.Close()
	out.Write(buf.Bytes())
	return out.Bytes()
}

// deflate compresses data.
func deflate(data []byte) []byte {
	var buf bytes.Buffer
	w, _ := zlib.NewWriterLevel(&buf, zlib.BestCompression)
	w.Write(data)
	w.Close()
	return buf.Bytes()
}

// pdfFile numbers objs from 1 and writes them with a cross-reference table.
func pdfFile(objs []string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// xrefLoop is a file whose cross-reference sections point back at each other and whose
// catalog is a reference to a reference to itself.
func xrefLoop() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	one := b.Len()
	b.WriteString("1 0 obj\n2 0 R\nendobj\n")
	two := b.Len()
	b.WriteString("2 0 obj\n1 0 R\nendobj\n")
	first := b.Len()
	fmt.Fprintf(&b, "xref\n0 3\n0000000000 65535 f \n%010d 00000 n \n%010d 00000 n \n", one, two)
	// Each trailer's Prev names the other section.
	secondAt := first + 200
	trailer := fmt.Sprintf("trailer\n<</Size 3/Root 1 0 R/Prev %d>>\n", secondAt)
	b.WriteString(trailer)
	for b.Len() < secondAt {
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "xref\n0 3\n0000000000 65535 f \n%010d 00000 n \n%010d 00000 n \n", two, one)
	fmt.Fprintf(&b, "trailer\n<</Size 3/Root 2 0 R/Prev %d>>\nstartxref\n%d\n%%%%EOF\n", first, secondAt)
	return b.Bytes()
}
