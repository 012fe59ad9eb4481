// Command readpace measures whether evidence reading keeps pace with vendors: -files files of
// the world corpus (certificates, scans among them, training reports, acknowledgement logs and
// minutes, as vendors send them) are uploaded through the API within -within, paced by vegeta's
// attacker, to assessments of four files each; each assessment is submitted as soon as its four
// uploads are answered. It then waits until every assessment has a result scored with all of
// its files read (or failed to be read), and prints how long that took from the first upload
// against -goal, how many files could not be read, and the server's peak memory over its idle
// size, against the cap the reading slots (--reading-concurrency, --reading-memory-mb) promise.
//
//	readpace -assay BIN [-files 200] [-within 1m] [-goal 2m] [-postgres-url URL] [-corpus DIR]
//
// Each database gets a fresh Assay process (local evidence store, its own data folder;
// PostgreSQL on a fresh database created on -postgres-url and dropped at the end). Progress
// goes to stderr; the result rows (the table bench/run.sh prints) go to stdout.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"

	"assay/app/model"
	"assay/app/questionnaire/questionnairetest"
	"assay/app/scoring"
	"assay/app/store"
	"assay/bench/internal/assayproc"
)

// filesPerAssessment is one file for each evidence question the corpus has files for.
const filesPerAssessment = 4

type settings struct {
	bin, postgresURL, databases, corpus string
	files                               int
	within, goal, timeout               time.Duration
}

func main() {
	var s settings
	flag.StringVar(&s.bin, "assay", "", "built assay binary (go build -o BIN ./cmd/assay)")
	flag.StringVar(&s.postgresURL, "postgres-url", "", "PostgreSQL server to create fresh databases on; empty runs SQLite only")
	flag.StringVar(&s.databases, "databases", "postgres,sqlite", "databases to measure, in order")
	flag.StringVar(&s.corpus, "corpus", "app/reading/facts/testdata/world", "folder with manifest.json and the files")
	flag.IntVar(&s.files, "files", 200, "files uploaded, a multiple of 4")
	flag.DurationVar(&s.within, "within", time.Minute, "time the uploads are spread over")
	flag.DurationVar(&s.goal, "goal", 2*time.Minute, "from the first upload to every result scored with its files read")
	flag.DurationVar(&s.timeout, "timeout", 10*time.Minute, "give up waiting after this long")
	flag.Parse()
	if s.bin == "" || s.files < filesPerAssessment || s.files%filesPerAssessment != 0 || s.within <= 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(s); err != nil {
		fmt.Fprintln(os.Stderr, "readpace:", err)
		os.Exit(1)
	}
}

// upload is one file of the corpus as a vendor sends it.
type upload struct {
	question, name string
	body           []byte
	contentType    string
}

func run(s settings) error {
	byQuestion, err := corpusFiles(s.corpus)
	if err != nil {
		return err
	}
	for _, db := range strings.Split(s.databases, ",") {
		if db == store.DialectPostgres && s.postgresURL == "" {
			continue
		}
		if err := measure(s, db, byQuestion); err != nil {
			return fmt.Errorf("%s: %w", db, err)
		}
	}
	return nil
}

// questions are the evidence questions of an assessment, in upload order.
var questions = []string{"iso27001_certificate", "training_report", "acknowledgement_log", "review_minutes"}

// corpusFiles reads the corpus's files by evidence question, each accepted by its question.
func corpusFiles(dir string) (map[string][]upload, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return nil, err
	}
	var m struct {
		Files []struct {
			File, Question string
		}
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	types := map[string]string{".pdf": "application/pdf", ".csv": "text/csv", ".png": "image/png", ".jpg": "image/jpeg",
		".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
		".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
	accepted := map[string]string{"iso27001_certificate": ".pdf .png .jpg", "training_report": ".pdf .csv .xlsx .png .jpg",
		"acknowledgement_log": ".pdf .csv .xlsx", "review_minutes": ".pdf .docx"}
	out := map[string][]upload{}
	for _, f := range m.Files {
		ext := filepath.Ext(f.File)
		if !strings.Contains(accepted[f.Question], ext) {
			continue
		}
		body, err := os.ReadFile(filepath.Join(dir, f.File))
		if err != nil {
			return nil, err
		}
		out[f.Question] = append(out[f.Question], upload{question: f.Question, name: filepath.Base(f.File), body: body, contentType: types[ext]})
	}
	for _, q := range questions {
		if len(out[q]) == 0 {
			return nil, fmt.Errorf("the corpus has no file for %s", q)
		}
	}
	return out, nil
}

// assessment is one vendor's questionnaire of the run.
type assessment struct {
	id        uint
	token     string
	uploaded  int // uploads answered 201
	submitted bool
}

func measure(s settings, db string, byQuestion map[string][]upload) error {
	srv, err := assayproc.LaunchFresh(db, s.postgresURL, s.bin, "bench-readpace")
	if err != nil {
		return err
	}
	defer srv.Close()
	dir, databaseURL := srv.Dir, srv.DatabaseURL
	client := &http.Client{Timeout: time.Minute}

	n := s.files / filesPerAssessment
	as := make([]*assessment, n)
	for i := range as {
		tok, id, err := assayproc.Invite(client, srv.Base, srv.Token, fmt.Sprintf("(readpace %s %d)", db, i))
		if err != nil {
			return err
		}
		if err := assayproc.Do(client, http.MethodPatch, srv.Base+"/api/v1/respond/answers", tok, "application/json",
			assayproc.JSON(map[string]any{"answers": questionnairetest.Strong()}), http.StatusOK, nil); err != nil {
			return fmt.Errorf("save answers: %w", err)
		}
		as[i] = &assessment{id: id, token: tok}
	}
	time.Sleep(2 * time.Second) // let the set-up's own jobs finish before the idle size is taken
	idle := memory(srv.PID(), "VmRSS")
	logf("%s: assay pid %d, %d assessments ready, idle RSS %.1f MiB; uploading %d files over %s",
		db, srv.PID(), n, idle, s.files, s.within)

	// Targets in order: assessment 0's four files, then assessment 1's, and so on, each file
	// taken in turn from its question's list, so every kind and producer of the corpus comes up.
	type target struct {
		a    *assessment
		body []byte
		ct   string
	}
	targets := make([]target, 0, s.files)
	for i, a := range as {
		for _, q := range questions {
			f := byQuestion[q][i%len(byQuestion[q])]
			body, ct := assayproc.FileForm(f.name, f.contentType, f.body)
			targets = append(targets, target{a: a, body: body, ct: ct})
		}
	}
	next := 0
	var mu sync.Mutex
	targeter := func(t *vegeta.Target) error {
		mu.Lock()
		defer mu.Unlock()
		if next >= len(targets) {
			return vegeta.ErrNoTargets
		}
		tg := targets[next]
		next++
		q := questions[(next-1)%filesPerAssessment]
		// The file's place rides along in the address, to find it again in vegeta's result.
		*t = vegeta.Target{Method: http.MethodPost, URL: fmt.Sprintf("%s/api/v1/respond/evidence?question_id=%s&bench_file=%d", srv.Base, q, next-1),
			Body: tg.body, Header: http.Header{"Authorization": {"Bearer " + tg.a.token}, "Content-Type": {tg.ct}}}
		return nil
	}
	rate := vegeta.Rate{Freq: s.files, Per: s.within}
	attacker := vegeta.NewAttacker(vegeta.Timeout(time.Minute), vegeta.MaxWorkers(64), vegeta.KeepAlive(true))
	start := time.Now()
	var peak float64
	stopPeak := sampleMemory(srv.PID(), &peak)
	failedUploads := 0
	var lastUpload time.Time
	for res := range attacker.Attack(targeter, rate, s.within+time.Minute, "readpace") {
		if res.URL == "" && res.Error == vegeta.ErrNoTargets.Error() {
			continue // the attack's end, when the targets run out
		}
		u, err := url.Parse(res.URL)
		if err != nil {
			return err
		}
		i, err := strconv.Atoi(u.Query().Get("bench_file"))
		if err != nil {
			return fmt.Errorf("result for %s: %w", res.URL, err)
		}
		tg := targets[i]
		if res.Code != http.StatusCreated {
			failedUploads++
			logf("upload %d: %d %s %.200s", i, res.Code, res.Error, res.Body)
			continue
		}
		lastUpload = time.Now()
		tg.a.uploaded++
		if tg.a.uploaded == filesPerAssessment && !tg.a.submitted {
			tg.a.submitted = true
			if err := assayproc.Do(client, http.MethodPost, srv.Base+"/api/v1/respond/submit", tg.a.token, "", nil, http.StatusOK, nil); err != nil {
				return fmt.Errorf("submit assessment %d: %w", tg.a.id, err)
			}
		}
	}
	uploaded := lastUpload.Sub(start)
	logf("%s: uploads done after %.1f s (%d refused); waiting for every result", db, uploaded.Seconds(), failedUploads)

	// Every file read (or failed) and a result on every assessment; then a quiet spell for the
	// rescores the last readings queued. Which result first had every file read is then taken
	// from the stopped server's database: the API does not show a result's inputs.
	for {
		done, err := allRead(client, srv.Base, srv.Token, as)
		if err != nil {
			return err
		}
		if done {
			break
		}
		if time.Since(start) > s.timeout {
			return fmt.Errorf("not every file was read after %s\n%s", s.timeout, srv.LogTail())
		}
		time.Sleep(250 * time.Millisecond)
	}
	time.Sleep(3 * time.Second)
	stopPeak()
	srv.Stop()
	settled, unreadable, err := firstCompleteResults(databaseURL, filepath.Join(dir, "data", "assay.db"), as, start)
	if err != nil {
		return err
	}
	status := "met"
	if settled > s.goal || failedUploads > 0 {
		status = "NOT met"
	}
	fmt.Printf("%-52s %14s %10s  %s\n", fmt.Sprintf("reading pace %s: %d files, all read and rescored", db, s.files),
		fmt.Sprintf("%.1f s", settled.Seconds()), "≤ "+s.goal.String(), status)
	fmt.Printf("%-52s %14s\n", fmt.Sprintf("reading pace %s: uploads took (refused)", db), fmt.Sprintf("%.1f s (%d)", uploaded.Seconds(), failedUploads))
	fmt.Printf("%-52s %14d\n", fmt.Sprintf("reading pace %s: files that could not be read", db), unreadable)
	fmt.Printf("%-52s %14s\n", fmt.Sprintf("reading pace %s: peak RSS over idle", db), fmt.Sprintf("%.1f MiB", peak-idle))
	return nil
}

// allRead reports whether every assessment is submitted, has its files all read (or failed
// to be read) and has a result.
func allRead(client *http.Client, base, token string, as []*assessment) (bool, error) {
	for _, a := range as {
		var v struct {
			Evidence []struct {
				Status string `json:"status"`
			} `json:"evidence"`
			Result *struct{} `json:"result"`
		}
		if err := assayproc.Do(client, http.MethodGet, fmt.Sprintf("%s/api/v1/assessments/%d", base, a.id), token, "", nil, http.StatusOK, &v); err != nil {
			return false, err
		}
		if !a.submitted || len(v.Evidence) != filesPerAssessment || v.Result == nil {
			return false, nil
		}
		for _, e := range v.Evidence {
			if e.Status == model.EvidenceStored {
				return false, nil
			}
		}
	}
	return true, nil
}

// firstCompleteResults reads, from the stopped server's database, each assessment's first
// result scored with every file read, and gives the time from start to the last of them and
// the files whose reading failed, whose names and reasons it logs.
func firstCompleteResults(databaseURL, sqlitePath string, as []*assessment, start time.Time) (time.Duration, int, error) {
	ctx := context.Background()
	st, err := store.Open(ctx, databaseURL, sqlitePath, time.Now)
	if err != nil {
		return 0, 0, err
	}
	defer st.Close()
	var last time.Time
	failed := 0
	for _, a := range as {
		var results []model.Result
		if err := st.DB().WithContext(ctx).Where("assessment_id = ?", a.id).Order("id").Find(&results).Error; err != nil {
			return 0, 0, fmt.Errorf("read results: %w", err)
		}
		found := false
		for _, r := range results {
			if len(r.Inputs.Evidence) != filesPerAssessment || slices.ContainsFunc(r.Inputs.Evidence,
				func(e scoring.Evidence) bool { return e.Status == model.EvidenceStored }) {
				continue
			}
			found = true
			if r.ComputedAt.After(last) {
				last = r.ComputedAt
			}
			for _, e := range r.Inputs.Evidence {
				if e.Status != model.EvidenceFailed {
					continue
				}
				failed++
				// Why, in the progress log: a scan over its OCR deadline on a busy machine and a
				// reader that cannot make sense of a file call for different fixes.
				var ev model.Evidence
				if err := st.DB().WithContext(ctx).First(&ev, e.ID).Error; err != nil {
					return 0, 0, fmt.Errorf("read evidence %d: %w", e.ID, err)
				}
				logf("could not be read: %s: %s", ev.Filename, ev.ExtractError)
			}
			break
		}
		if !found {
			return 0, 0, fmt.Errorf("assessment %d has no result scored with all its files read", a.id)
		}
	}
	return last.Sub(start), failed, nil
}

// memory is a size field of /proc/PID/status (VmRSS, VmHWM) in MiB, 0 when it cannot be read.
func memory(pid int, field string) float64 {
	b, err := assayproc.ProcStatus(pid, field)
	if err != nil {
		return 0
	}
	return float64(b) / (1 << 20)
}

// sampleMemory keeps the largest VmRSS of pid in peak until the returned stop is called. The
// readers run external programs (pdftoppm, tesseract) as children, whose memory is bounded by
// their own limits; this is the server's.
func sampleMemory(pid int, peak *float64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			if m := memory(pid, "VmRSS"); m > *peak {
				*peak = m
			}
			select {
			case <-done:
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	})
	return func() { close(done); wg.Wait() }
}

func logf(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }
