package ocr

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// BenchmarkPages reads image-only PDFs of several pages and languages both
// ways in every iteration, so that the two figures share the machine's load:
// as Assay read them before (each page rasterised to PNG by pdftoppm, then
// read by Tesseract with every installed pack, one page after the other)
// and as PDF reads them now, with the slots Assay has by default (two
// reading slots). It reports, per page, the wall time and the CPU time of
// the programs each way took, and the ratios:
//
//	go test -run '^$' -bench Pages -benchtime 2x ./app/reading/ocr/
func BenchmarkPages(b *testing.B) {
	for _, tc := range []struct{ name, file string }{
		{"en-1-page", "testdata/certificate-en-scan.pdf"},
		{"de-minutes", "../facts/testdata/world/scans/minutes-01-de-chromium-scan.pdf"},
		{"es-training", "../facts/testdata/world/scans/training-03-es-print-scan.pdf"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			e := New(context.Background(), Options{Readings: 2})
			NeedPDF(b, e)
			data, err := os.ReadFile(tc.file)
			if err != nil {
				b.Fatal(err)
			}
			pages := pdfPages(b, e, data)
			ctx := context.Background()
			var before, after, beforeCPU, afterCPU time.Duration
			for b.Loop() {
				start, cpu := time.Now(), childCPU(b)
				readBefore(b, e, data, pages)
				before += time.Since(start)
				beforeCPU += childCPU(b) - cpu
				start, cpu = time.Now(), childCPU(b)
				if _, err := e.PDF(ctx, bytes.NewReader(data), pages); err != nil {
					b.Fatal(err)
				}
				after += time.Since(start)
				afterCPU += childCPU(b) - cpu
			}
			per := float64(b.N * len(pages))
			b.ReportMetric(before.Seconds()/per, "before-s/page")
			b.ReportMetric(after.Seconds()/per, "after-s/page")
			b.ReportMetric(after.Seconds()/before.Seconds(), "after/before")
			b.ReportMetric(beforeCPU.Seconds()/per, "before-cpu-s/page")
			b.ReportMetric(afterCPU.Seconds()/per, "after-cpu-s/page")
			b.ReportMetric(afterCPU.Seconds()/beforeCPU.Seconds(), "after/before-cpu")
			b.ReportMetric(0, "ns/op") // both ways are in it: the metrics above say more
		})
	}
}

// readBefore reads pages the way PDF did before it chose the packs and
// read pages side by side.
func readBefore(b *testing.B, e *Engine, data []byte, pages []int) {
	ctx := context.Background()
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "in.pdf"), data, 0o600); err != nil {
		b.Fatal(err)
	}
	for _, p := range pages {
		n := strconv.Itoa(p)
		if _, err := e.run(ctx, dir, e.pdftoppm, "-r", strconv.Itoa(DPI), "-gray", "-png", "-f", n, "-l", n, "-singlefile", "in.pdf", "page"); err != nil {
			b.Fatal(err)
		}
		if _, err := e.page(ctx, dir, "page.png", 0, e.langs); err != nil {
			b.Fatal(err)
		}
	}
}

// pdfPages numbers the pages of a PDF, as pdftoppm sees them.
func pdfPages(b *testing.B, e *Engine, data []byte) []int {
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "in.pdf"), data, 0o600); err != nil {
		b.Fatal(err)
	}
	var pages []int
	for p := 1; ; p++ {
		n := strconv.Itoa(p)
		if _, err := e.run(context.Background(), dir, e.pdftoppm, "-r", "10", "-f", n, "-l", n, "-singlefile", "in.pdf", "probe"); err != nil {
			break
		}
		pages = append(pages, p)
	}
	return pages
}

// childCPU is the CPU time the programs this process ran have taken.
func childCPU(b *testing.B) time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_CHILDREN, &u); err != nil {
		b.Fatal(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
