// Command upload measures one vendor's large evidence upload through a running Assay, against
// the same bytes sent straight to the same S3 store with the SDK's upload manager.
//
//	upload -assay BIN [-size-mib 500] [-runs 3] [-minio-pid PID]
//
// It starts BIN as its own process on S3 (ASSAY_TEST_S3_ENDPOINT, ASSAY_TEST_S3_BUCKET and the
// AWS_* credentials, as bench/run.sh exports them) with a fresh SQLite data folder, creates an
// analyst and an API token with the CLI, a vendor and an assessment through the JSON API, and
// then alternates a direct upload and an upload to POST /api/v1/respond/evidence, runs times.
// The file is generated while it is sent ("%PDF-" and pseudo-random bytes), never held whole.
// While Assay receives it, the server's VmRSS is sampled and its VmHWM read from /proc.
//
// Progress goes to stderr; the result rows (the table bench/run.sh prints) go to stdout.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"assay/app/storage"
	"assay/bench/internal/assayproc"
	"assay/bench/internal/stats"
)

const (
	mib = 1 << 20
	// questionID is an evidence question of the default questionnaire that accepts PDF.
	questionID = "security_policy"
	// rssGoalMiB and ratioGoal are the targets the issue sets.
	rssGoalMiB = 64
	ratioGoal  = 0.9
)

func main() {
	bin := flag.String("assay", "", "built assay binary (go build -o BIN ./cmd/assay)")
	sizeMiB := flag.Int64("size-mib", 500, "size of the uploaded file in MiB")
	runs := flag.Int("runs", 3, "uploads of each kind, alternating direct and through Assay")
	minioPID := flag.Int("minio-pid", 0, "MinIO's process id, to report the CPU time it spends per upload")
	checksum := flag.String("s3-checksum", "", "the checksum Assay sends (ASSAY_S3_CHECKSUM: auto, SHA256, CRC32C or off); empty keeps Assay's default")
	flag.Parse()
	if *bin == "" || *sizeMiB < 1 || *runs < 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*bin, *sizeMiB*mib, *runs, *minioPID, *checksum); err != nil {
		fmt.Fprintln(os.Stderr, "upload:", err)
		os.Exit(1)
	}
}

// result is one upload through Assay.
type result struct {
	seconds  float64
	before   int64 // server VmRSS just before the request, bytes
	peak     int64 // highest of VmHWM after and the sampled VmRSS, bytes
	after    int64 // VmRSS once the response arrived, bytes
	hwmReset bool  // VmHWM was reset before the upload, so it covers only this upload
	reads    int64 // read system calls the server made during the upload
}

func run(bin string, size int64, runs, minioPID int, checksum string) error {
	endpoint, bucket := os.Getenv("ASSAY_TEST_S3_ENDPOINT"), os.Getenv("ASSAY_TEST_S3_BUCKET")
	if endpoint == "" || bucket == "" {
		return errors.New("ASSAY_TEST_S3_ENDPOINT and ASSAY_TEST_S3_BUCKET must be set (bench/run.sh starts MinIO and sets them)")
	}
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "assay-bench-upload-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	env := append(assayproc.CleanEnv(os.Environ()),
		"ASSAY_S3_ENDPOINT="+endpoint, "ASSAY_S3_BUCKET="+bucket, "ASSAY_S3_PATH_STYLE=true",
		"ASSAY_MAX_UPLOAD_MB="+strconv.FormatInt(size/mib+100, 10))
	if checksum != "" {
		env = append(env, "ASSAY_S3_CHECKSUM="+checksum)
	}
	srv, err := assayproc.Launch(env, bin, dir, "bench")
	if err != nil {
		return err
	}
	defer srv.Stop()
	base := srv.Base
	invitation, _, err := assayproc.Invite(http.DefaultClient, base, srv.Token, "")
	if err != nil {
		return err
	}
	direct, err := newDirect(ctx, endpoint, bucket)
	if err != nil {
		return err
	}
	idle, err := assayproc.ProcStatus(srv.PID(), "VmRSS")
	if err != nil {
		return err
	}
	logf("assay pid %d at %s, idle VmRSS %s; %s per upload; S3 part size %s, concurrency %d",
		srv.PID(), base, mibText(idle), mibText(size), mibText(storage.DefaultS3PartSize), storage.DefaultS3Concurrency)

	var assayRuns []result
	var directSecs, assayCPU, directCPU, serverCPU []float64
	highest := idle
	pids := []int{os.Getpid(), srv.PID(), minioPID}
	for i := 1; i <= runs; i++ {
		cpu := startCPU(pids...)
		secs, err := direct.upload(ctx, size, i)
		if err != nil {
			return fmt.Errorf("direct upload %d: %w", i, err)
		}
		used := cpu.stop()
		directSecs, directCPU = append(directSecs, secs), append(directCPU, sum(used))
		logf("run %d  direct S3 manager: %6.2f s  %7.1f MB/s  CPU s: %s", i, secs, mbps(size, secs), cpuText(used))

		cpu = startCPU(pids...)
		r, err := uploadThroughAssay(base, invitation, srv.PID(), size)
		if err != nil {
			return fmt.Errorf("assay upload %d: %w\n%s", i, err, srv.LogTail())
		}
		used = cpu.stop()
		assayRuns, assayCPU, serverCPU = append(assayRuns, r), append(assayCPU, sum(used)), append(serverCPU, used[1])
		highest = max(highest, r.peak)
		logf("run %d  through Assay:     %6.2f s  %7.1f MB/s  CPU s: %s", i, r.seconds, mbps(size, r.seconds), cpuText(used))
		logf("       server RSS %s before, %s peak (+%s), %s after%s; %d read syscalls (%.1f KiB each)",
			mibText(r.before), mibText(r.peak), mibText(r.peak-r.before), mibText(r.after),
			map[bool]string{true: "", false: " (VmHWM not reset: peak is from sampling)"}[r.hwmReset],
			r.reads, float64(size)/1024/float64(max(r.reads, 1)))
		logf("       server Go memory after: %s", goMemory(base))
	}

	var first, worst int64
	assaySecs := make([]float64, len(assayRuns))
	for i, r := range assayRuns {
		assaySecs[i] = r.seconds
		worst = max(worst, r.peak-r.before)
		if i == 0 {
			first = r.peak - r.before
		}
	}
	assayRate, directRate := mbps(size, stats.Median(assaySecs)), mbps(size, stats.Median(directSecs))
	ratio := assayRate / directRate
	n := fmt.Sprintf("%d MiB", size/mib)
	rssGoal := fmt.Sprintf("< %d MiB", rssGoalMiB)
	row(fmt.Sprintf("upload %s: server RSS growth, run 1", n), mibText(first), rssGoal, first < rssGoalMiB*mib)
	row(fmt.Sprintf("upload %s: server RSS growth, worst run", n), mibText(worst), rssGoal, worst < rssGoalMiB*mib)
	row(fmt.Sprintf("upload %s: server peak RSS over idle", n), mibText(highest-idle), rssGoal, highest-idle < rssGoalMiB*mib)
	row(fmt.Sprintf("upload %s: through Assay, median of %d", n, runs), fmt.Sprintf("%.1f MB/s", assayRate), "", true)
	row(fmt.Sprintf("upload %s: direct S3 manager, median of %d", n, runs), fmt.Sprintf("%.1f MB/s", directRate), "", true)
	row(fmt.Sprintf("upload %s: Assay / direct", n), fmt.Sprintf("%.2f", ratio), fmt.Sprintf(">= %.1f", ratioGoal), ratio >= ratioGoal)
	row(fmt.Sprintf("upload %s: Assay server CPU, median", n), fmt.Sprintf("%.2f s", stats.Median(serverCPU)), "", true)
	if minioPID != 0 {
		// When the machine's cores are the limit, this is what the throughput ratio tends to.
		row(fmt.Sprintf("upload %s: CPU direct / Assay (all processes)", n), fmt.Sprintf("%.2f", stats.Median(directCPU)/stats.Median(assayCPU)), "", true)
	}
	return nil
}

// uploadThroughAssay sends one generated file as a vendor and watches the server's memory.
func uploadThroughAssay(base, token string, pid int, size int64) (result, error) {
	var r result
	// Writing 5 resets VmHWM to the current RSS, so the peak read afterwards is this upload's.
	r.hwmReset = os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", pid), []byte("5"), 0) == nil
	before, err := assayproc.ProcStatus(pid, "VmRSS")
	if err != nil {
		return r, err
	}
	r.before = before
	reads := procIO(pid, "syscr")
	sampled := make(chan int64)
	stop := make(chan struct{})
	go func() {
		peak := before
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				sampled <- peak
				return
			case <-t.C:
				if v, err := assayproc.ProcStatus(pid, "VmRSS"); err == nil {
					peak = max(peak, v)
				}
			}
		}
	}()

	body, contentType, length := multipartBody(size)
	req, err := http.NewRequest(http.MethodPost, base+"/api/v1/respond/evidence?question_id="+questionID, body)
	if err != nil {
		return r, err
	}
	req.ContentLength = length
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("Authorization", "Bearer "+token)
	start := time.Now()
	res, err := http.DefaultClient.Do(req)
	var ev struct {
		ID   uint  `json:"id"`
		Size int64 `json:"size"`
	}
	if err == nil {
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusCreated {
			err = fmt.Errorf("status %d: %s", res.StatusCode, b)
		} else if err = json.Unmarshal(b, &ev); err == nil && ev.Size != size {
			err = fmt.Errorf("stored %d bytes, sent %d", ev.Size, size)
		}
	}
	r.seconds = time.Since(start).Seconds()
	r.reads = procIO(pid, "syscr") - reads
	close(stop)
	peak := <-sampled
	if err != nil {
		return r, err
	}
	if r.hwmReset {
		if hwm, err := assayproc.ProcStatus(pid, "VmHWM"); err == nil {
			peak = max(peak, hwm)
		}
	}
	r.peak = peak
	if r.after, err = assayproc.ProcStatus(pid, "VmRSS"); err != nil {
		return r, err
	}
	// The next run must not pay for this one's object in MinIO's disk.
	del, _ := http.NewRequest(http.MethodDelete, fmt.Sprintf("%s/api/v1/respond/evidence/%d", base, ev.ID), nil)
	del.Header.Set("Authorization", "Bearer "+token)
	dres, err := http.DefaultClient.Do(del)
	if err != nil {
		return r, err
	}
	dres.Body.Close()
	if dres.StatusCode != http.StatusNoContent {
		return r, fmt.Errorf("delete evidence %d: status %d", ev.ID, dres.StatusCode)
	}
	return r, nil
}

// multipartBody is a multipart/form-data body with one file part of size generated bytes, with
// its length known up front as a browser would send it.
func multipartBody(size int64) (io.Reader, string, int64) {
	var head bytes.Buffer
	w := multipart.NewWriter(&head)
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", `form-data; name="file"; filename="security-policy.pdf"`)
	h.Set("Content-Type", "application/pdf")
	if _, err := w.CreatePart(h); err != nil {
		panic(err) // writing to a bytes.Buffer does not fail
	}
	tail := "\r\n--" + w.Boundary() + "--\r\n"
	return io.MultiReader(&head, newPDF(size), strings.NewReader(tail)), w.FormDataContentType(), int64(head.Len()) + size + int64(len(tail))
}

// pdfReader yields a file of a given size that sniffs as PDF: "%PDF-" and then pseudo-random
// bytes, repeating a 4 MiB random block so the generator costs next to nothing. The target
// stores do not compress or deduplicate, so repetition does not flatter them. It has no Seek,
// so the upload manager treats it as a stream of unknown length, as Assay's own body is.
type pdfReader struct {
	left  int64
	off   int
	block []byte
}

var randomBlock = func() []byte {
	b := make([]byte, 4*mib)
	rng := rand.NewChaCha8([32]byte{'a', 's', 's', 'a', 'y'})
	_, _ = rng.Read(b)
	copy(b, "%PDF-1.7\n%")
	return b
}()

func newPDF(size int64) *pdfReader { return &pdfReader{left: size, block: randomBlock} }

func (p *pdfReader) Read(b []byte) (int, error) {
	if p.left == 0 {
		return 0, io.EOF
	}
	if int64(len(b)) > p.left {
		b = b[:p.left]
	}
	n := 0
	for n < len(b) {
		c := copy(b[n:], p.block[p.off:])
		n += c
		p.off = (p.off + c) % len(p.block)
	}
	p.left -= int64(n)
	return n, nil
}

// directUploader sends the same stream straight to the bucket with the SDK's upload manager,
// with the part size and concurrency of Assay's S3 store (app/storage/s3.go), which sends its
// parts with code of its own.
type directUploader struct {
	client   *s3.Client
	uploader *manager.Uploader
	bucket   string
}

func newDirect(ctx context.Context, endpoint, bucket string) (*directUploader, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1"),
		config.WithRequestChecksumCalculation(aws.RequestChecksumCalculationWhenRequired),
		config.WithResponseChecksumValidation(aws.ResponseChecksumValidationWhenRequired))
	if err != nil {
		return nil, err
	}
	client := s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.BaseEndpoint = aws.String(endpoint)
		o.UsePathStyle = true
	})
	up := manager.NewUploader(client, func(u *manager.Uploader) {
		u.PartSize = storage.DefaultS3PartSize
		u.Concurrency = storage.DefaultS3Concurrency
		u.LeavePartsOnError = false
		u.RequestChecksumCalculation = aws.RequestChecksumCalculationWhenRequired
	})
	return &directUploader{client: client, uploader: up, bucket: bucket}, nil
}

func (d *directUploader) upload(ctx context.Context, size int64, run int) (float64, error) {
	key := fmt.Sprintf("bench/direct-%d-%d.pdf", time.Now().UnixNano(), run)
	start := time.Now()
	_, err := d.uploader.Upload(ctx, &s3.PutObjectInput{Bucket: aws.String(d.bucket), Key: aws.String(key),
		Body: newPDF(size), ContentType: aws.String("application/pdf")})
	secs := time.Since(start).Seconds()
	if err != nil {
		return 0, err
	}
	head, err := d.client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(d.bucket), Key: aws.String(key)})
	if err != nil {
		return 0, err
	}
	if got := aws.ToInt64(head.ContentLength); got != size {
		return 0, fmt.Errorf("stored %d bytes, sent %d", got, size)
	}
	_, err = d.client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(d.bucket), Key: aws.String(key)})
	return secs, err
}

// cpuMeter takes the CPU time (user and system) of some processes, to show where a run's work
// goes on a machine with few cores; a zero pid is skipped.
type cpuMeter struct {
	pids  []int
	start []float64
}

func startCPU(pids ...int) *cpuMeter {
	m := &cpuMeter{pids: pids}
	for _, pid := range pids {
		m.start = append(m.start, cpuSeconds(pid))
	}
	return m
}

func (m *cpuMeter) stop() []float64 {
	used := make([]float64, len(m.pids))
	for i, pid := range m.pids {
		if pid != 0 {
			used[i] = cpuSeconds(pid) - m.start[i]
		}
	}
	return used
}

// cpuText names the figures stop returns; the processes are always bench, assay and minio.
func cpuText(used []float64) string {
	return fmt.Sprintf("bench %.2f, assay %.2f, minio %.2f", used[0], used[1], used[2])
}

func sum(xs []float64) float64 {
	var t float64
	for _, x := range xs {
		t += x
	}
	return t
}

func cpuSeconds(pid int) float64 { return assayproc.CPUSeconds(pid) }

// procIO returns a counter of /proc/PID/io, such as syscr (read system calls); 0 when it cannot.
func procIO(pid int, field string) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/io", pid))
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(rest), 10, 64)
			return n
		}
	}
	return 0
}

// goMemory summarises the server's Go heap from its /metrics, to tell heap from other RSS.
func goMemory(base string) string {
	req, err := http.NewRequest(http.MethodGet, base+"/metrics", nil)
	if err != nil {
		return err.Error()
	}
	req.Header.Set("Authorization", "Bearer "+assayproc.MetricsToken)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err.Error()
	}
	defer res.Body.Close()
	want := map[string]string{"go_memstats_heap_inuse_bytes": "heap in use", "go_memstats_heap_sys_bytes": "heap from OS",
		"go_memstats_heap_released_bytes": "heap released", "go_memstats_sys_bytes": "Go total from OS"}
	var parts []string
	sc := bufio.NewScanner(res.Body)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), " ")
		if label, hit := want[name]; ok && hit {
			if f, err := strconv.ParseFloat(value, 64); err == nil {
				parts = append(parts, label+" "+mibText(int64(f)))
			}
		}
	}
	return strings.Join(parts, ", ")
}

// mbps is decimal megabytes per second, as network and disk rates are usually given.
func mbps(size int64, secs float64) float64 { return float64(size) / 1e6 / secs }

func mibText(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/mib) }

func logf(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }

// row prints one line of the result table bench/run.sh shows.
func row(what, value, goal string, met bool) {
	status := ""
	if goal != "" {
		status = map[bool]string{true: "met", false: "MISSED"}[met]
	}
	fmt.Printf("%-52s %14s %10s  %s\n", what, value, goal, status)
}
