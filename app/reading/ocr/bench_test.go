package ocr_test

import (
	"bytes"
	"context"
	"runtime"
	"syscall"
	"testing"
	"time"

	"assay/app/reading"
)

// BenchmarkScannedCertificate reads the one-page image-only certificate PDF
// as the reading job does (pdftoppm at 300 dpi, then Tesseract with every
// installed language pack) and reports, besides the wall time per file,
// the CPU time the programs took per file, the peak resident memory of
// the largest of them, and the Go heap the reading itself holds at most:
//
//	go test -run '^$' -bench ScannedCertificate -benchtime 3x ./app/reading/ocr/
func BenchmarkScannedCertificate(b *testing.B) {
	e := needOCR(b)
	data := fixture(b, "certificate-en-scan.pdf")
	var before syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_CHILDREN, &before); err != nil {
		b.Fatal(err)
	}
	var heap uint64
	b.ResetTimer()
	for b.Loop() {
		doc, err := reading.Read(context.Background(), bytes.NewReader(data), int64(len(data)), "pdf", reading.Limits{OCR: e})
		if err != nil || doc.OCR == nil {
			b.Fatal(err)
		}
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		heap = max(heap, m.HeapInuse)
	}
	b.StopTimer()
	var after syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_CHILDREN, &after); err != nil {
		b.Fatal(err)
	}
	cpu := tv(after.Utime) + tv(after.Stime) - tv(before.Utime) - tv(before.Stime)
	b.ReportMetric(cpu.Seconds()/float64(b.N), "child-cpu-s/op")
	b.ReportMetric(float64(after.Maxrss)/1024, "child-peak-MiB") // Maxrss is in KiB on Linux
	b.ReportMetric(float64(heap)/(1<<20), "heap-MiB")
}

func tv(t syscall.Timeval) time.Duration {
	return time.Duration(t.Sec)*time.Second + time.Duration(t.Usec)*time.Microsecond
}
