// Package xlsx measures Assay's hand-written streaming XLSX writer (app/report) against
// excelize's StreamWriter on the vendor list export: time per 100,000 rows, bytes allocated,
// and the peak resident memory of a process that writes the file once. It is a module of its
// own so that excelize is never a dependency of Assay itself, and it is not part of the test
// suite:
//
//	cd bench/xlsx && go test -run '^$' -bench . -count 5 -benchtime 3x
//
// The peak-RSS figure comes from a child process (this test binary run again) that writes one
// workbook to a discarding writer and reports its VmHWM; "none" is that child building the
// rows without writing them, the floor both writers stand on.
package xlsx

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"assay/app/report"
)

// rows is the size of the export measured.
const rows = 100_000

// childEnv names the writer a child process runs once before exiting.
const childEnv = "XLSX_BENCH_CHILD"

// vendor is the i-th vendor of a portfolio: every other one scored, names with accents.
func vendor(i int, now time.Time) report.VendorLine {
	v := report.VendorLine{ID: uint(i + 1), Name: fmt.Sprintf("Königstraße Logistik %06d GmbH", i),
		Website: fmt.Sprintf("https://vendor-%06d.example", i), Tier: []string{"critical", "high", "medium", "low"}[i%4],
		Decision: "pending", UpdatedAt: now.Add(-time.Duration(i) * time.Minute)}
	if i%2 == 0 {
		submitted := now.Add(-time.Duration(i) * time.Hour)
		v.AssessmentID, v.Status, v.DueOn = uint(1_000_000+i), "scored", "2026-06-01"
		v.Scored, v.Score, v.Rating = true, i%101, "medium"
		v.RedFlags = []string{"no-formal-training", "certificate-scope-gap"}
		v.CertificateStatus, v.CertificateExpires, v.ComputedAt = "valid", "2027-03-14", now
		v.ScoredAssessmentID, v.LastSubmittedAt = v.AssessmentID, &submitted
	}
	return v
}

var now = time.Date(2026, 5, 1, 9, 30, 0, 0, time.UTC)

// writeHand writes the export with Assay's writer, as the download handler does.
func writeHand(w io.Writer) error {
	x, err := report.NewXLSX(w, "Vendors")
	if err != nil {
		return err
	}
	if err := x.Row(report.VendorHeader()...); err != nil {
		return err
	}
	for i := range rows {
		if err := x.Row(vendor(i, now).Cells()...); err != nil {
			return err
		}
	}
	return x.Close()
}

// writeExcelize writes the same workbook with excelize's StreamWriter: the same cells (Safe
// text, numbers, dates and moments with the same formats), a bold frozen header row.
func writeExcelize(w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "Vendors"); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter("Vendors")
	if err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	dateFmt, timeFmt := "yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss"
	date, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt})
	if err != nil {
		return err
	}
	moment, err := f.NewStyle(&excelize.Style{CustomNumFmt: &timeFmt})
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	values := func(cells []report.Cell, style int) []any {
		out := make([]any, len(cells))
		for i, c := range cells {
			switch v := c.Value().(type) {
			case time.Time:
				s := moment
				if c.IsDate() {
					s = date
				}
				out[i] = excelize.Cell{StyleID: s, Value: v}
			case string:
				// excelize's styles have no quotePrefix: the apostrophe, as in the CSV.
				if v != "" {
					out[i] = excelize.Cell{StyleID: style, Value: report.Safe(v)}
				}
			default:
				out[i] = excelize.Cell{StyleID: style, Value: v}
			}
		}
		return out
	}
	if err := sw.SetRow("A1", values(report.VendorHeader(), bold)); err != nil {
		return err
	}
	for i := range rows {
		if err := sw.SetRow("A"+strconv.Itoa(i+2), values(vendor(i, now).Cells(), 0)); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.Write(w)
}

// writeNone builds the rows and writes nothing: the floor under both writers.
func writeNone(io.Writer) error {
	for i := range rows {
		_ = vendor(i, now).Cells()
	}
	return nil
}

var writers = []struct {
	name  string
	write func(io.Writer) error
}{{"hand", writeHand}, {"excelize", writeExcelize}, {"none", writeNone}}

func TestMain(m *testing.M) {
	if name := os.Getenv(childEnv); name != "" {
		for _, w := range writers {
			if w.name == name {
				if err := w.write(io.Discard); err != nil {
					fmt.Fprintln(os.Stderr, err)
					os.Exit(1)
				}
				status, err := os.ReadFile("/proc/self/status")
				if err != nil {
					fmt.Fprintln(os.Stderr, err)
					os.Exit(1)
				}
				os.Stdout.Write(status)
				os.Exit(0)
			}
		}
		os.Exit(2)
	}
	os.Exit(m.Run())
}

type counter int64

func (c *counter) Write(p []byte) (int, error) { *c += counter(len(p)); return len(p), nil }

// BenchmarkVendorExport100k writes the 100,000-row vendor list with each writer.
func BenchmarkVendorExport100k(b *testing.B) {
	for _, w := range writers {
		b.Run(w.name, func(b *testing.B) {
			b.ReportAllocs()
			var size counter
			for b.Loop() {
				size = 0
				if err := w.write(&size); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(size)/(1<<20), "file-MiB")
			b.ReportMetric(peakRSS(b, w.name), "peak-RSS-MiB")
		})
	}
}

// peakRSS runs this binary again to write one workbook with the named writer and gives the
// child's peak resident memory, VmHWM of its own /proc status. (The rusage of a child is no
// use here: Linux carries the parent's peak over into a child started by vfork and exec.)
func peakRSS(b *testing.B, name string) float64 {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+name, "TMPDIR="+b.TempDir())
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		b.Fatalf("child %s: %v", name, err)
	}
	for line := range strings.Lines(string(out)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kib, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			if err != nil {
				b.Fatalf("child %s: VmHWM %q", name, rest)
			}
			return kib / 1024
		}
	}
	b.Fatalf("child %s: no VmHWM in its status", name)
	return 0
}
