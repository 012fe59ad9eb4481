// Command settle measures how long a running Assay takes, once a vendor submits an assessment
// with five evidence files, to store a result, and how long until that result is final:
// computed after every file was read, with no rescoring left to come.
//
//	settle -assay BIN [-runs 20] [-postgres-url URL] [-certificate FILE]
//
// It runs on SQLite and, when -postgres-url names a server, once more on a fresh PostgreSQL
// database that it creates there and drops at the end. For each, it starts BIN as its own
// process (local evidence storage, a fresh data folder), creates an analyst and an API token
// with the CLI, and then alternates two cases, runs times each:
//
//   - read: the files are uploaded and every one is read, and the vendor submits about a second
//     later, as one who submits after a while would;
//   - pending: the vendor submits right after the last upload, while extraction is still queued
//     or running. This is the worst case: each file read after submission queues a rescore.
//
// A run creates a vendor buying "Payroll processing", sends it the default questionnaire,
// answers every required question through PATCH /api/v1/respond/answers, uploads a training
// report (CSV, 200 people), an acknowledgement log (CSV), management review minutes (TXT), the
// certificate printed by Chromium that the extraction tests use (PDF) and a contract sample
// (PDF), then posts /api/v1/respond/submit and polls GET /api/v1/assessments/:id every 20 ms:
//
//   - first result: the first poll showing a result computed at or after submitted_at;
//   - settled result: the first poll showing the result that then stays, with every file
//     read (status not "stored"), unchanged over polls at least 300 ms apart. The quiet
//     window confirms the result; it is not counted. The export must then show that result's
//     inputs with every file read, or the run is reported as an anomaly.
//
// Both times run from just before the submit request to the arrival of the poll's response.
// After the runs it reads, from the stopped server's database, each assessment's results (the
// first one scored with every file read is the complete result; any after it are rescores that
// changed nothing) and how long River jobs waited to be fetched.
//
// Progress goes to stderr; the result rows (the table bench/run.sh prints) go to stdout.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver to create and drop the database

	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/questionnaire/questionnairetest"
	"assay/app/scoring"
	"assay/app/store"
	"assay/bench/internal/assayproc"
	"assay/bench/internal/stats"
)

const (
	caseRead    = "read"
	casePending = "pending"
	// completionRate is the share of the generated training report that passed, and the rate
	// the vendor states, so the answers and the evidence agree.
	completionRate = 97
	trainingPeople = 200
	certScope      = "The provision of payroll processing and employee benefits administration services, " +
		"including the hosting of the associated software platform, in accordance with the Statement of " +
		"Applicability version 4.2."
)

type settings struct {
	bin, postgresURL, certificate string
	runs                          int
	poll, quiet, timeout, idle    time.Duration
}

func main() {
	var s settings
	flag.StringVar(&s.bin, "assay", "", "built assay binary (go build -o BIN ./cmd/assay)")
	flag.IntVar(&s.runs, "runs", 20, "runs of each case (files read before submit, files pending at submit) per database")
	flag.StringVar(&s.postgresURL, "postgres-url", "", "PostgreSQL server to create a fresh database on; empty runs SQLite only")
	flag.StringVar(&s.certificate, "certificate", "app/reading/pdf/testdata/certificate-chromium.pdf",
		"ISO 27001 certificate to upload (PDF)")
	flag.DurationVar(&s.poll, "poll", 20*time.Millisecond, "time between polls of the assessment")
	flag.DurationVar(&s.quiet, "quiet", 300*time.Millisecond, "how long a result must stay unchanged to count as settled")
	flag.DurationVar(&s.timeout, "timeout", time.Minute, "longest wait for one run to settle")
	flag.DurationVar(&s.idle, "idle", time.Second, "in the read case, the pause between the last file read and submit")
	flag.Parse()
	if s.bin == "" || s.runs < 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(s); err != nil {
		fmt.Fprintln(os.Stderr, "settle:", err)
		os.Exit(1)
	}
}

func run(s settings) error {
	cert, err := os.ReadFile(s.certificate)
	if err != nil {
		return err
	}
	files := evidenceFiles(cert, time.Now().UTC())
	databases := []string{store.DialectSQLite}
	if s.postgresURL != "" {
		databases = append(databases, store.DialectPostgres)
	}
	load := &loadRange{}
	for _, db := range databases {
		m, err := measure(s, db, files, load)
		if err != nil {
			return fmt.Errorf("%s: %w", db, err)
		}
		m.print(db)
	}
	row("load average (1 min) seen during the runs", load.String())
	return nil
}

// sample is one run of one case.
type sample struct {
	assessment  uint
	first       time.Duration // submit sent → first poll showing a result
	settled     time.Duration // submit sent → first poll showing the final result
	serverFirst time.Duration // computed_at − submitted_at of the first result, server clock
	unread      int           // files still "stored" in the submit response
	results     int           // distinct results the polls saw
	submittedAt time.Time     // as the server recorded it
	computedAt  time.Time     // the settled result's computed_at
	stale       bool          // the settled result's inputs still had a file unread

	// From the database after the runs.
	complete  time.Duration // submitted_at → computed_at of the first result with every file read
	redundant int           // results stored after that one, with the same inputs
}

// measurement is everything one database yields.
type measurement struct {
	runs        map[string][]sample
	submitWait  []float64 // ms from insert to fetch of the score job of a submission, read case
	extractWait []float64 // the same for extraction jobs
	late        int       // assessments whose result changed after it was taken as settled
	failed      int       // files the server could not read
	facts       string    // what the first assessment's files yielded, for the log
	runsPerSet  int
}

func measure(s settings, db string, files []evidenceFile, load *loadRange) (*measurement, error) {
	srv, err := assayproc.LaunchFresh(db, s.postgresURL, s.bin, "bench-settle")
	if err != nil {
		return nil, err
	}
	defer srv.Close()
	dir, databaseURL := srv.Dir, srv.DatabaseURL
	c := &client{base: srv.Base, token: srv.Token, http: &http.Client{Timeout: 30 * time.Second}}
	logf("%s: assay pid %d at %s; %d runs of each case, polling every %s, settled after %s unchanged",
		db, srv.PID(), srv.Base, s.runs, s.poll, s.quiet)

	m := &measurement{runs: map[string][]sample{}, runsPerSet: s.runs}
	for i := 1; i <= s.runs; i++ {
		// Alternating which case goes first keeps a slow spell on the machine from landing on one.
		order := []string{caseRead, casePending}
		if i%2 == 0 {
			slices.Reverse(order)
		}
		for _, kind := range order {
			load.sample()
			smp, err := c.runCase(s, files, kind, fmt.Sprintf("%s %s %d", db, kind, i))
			if err != nil {
				return nil, fmt.Errorf("run %d (%s): %w\n%s", i, kind, err, srv.LogTail())
			}
			m.runs[kind] = append(m.runs[kind], smp)
			logf("%-8s run %2d %-7s  files unread at submit %d  first %6.0f ms (server %5.0f)  settled %6.0f ms  results seen %d%s",
				db, i, kind, smp.unread, ms(smp.first), ms(smp.serverFirst), ms(smp.settled), smp.results,
				map[bool]string{true: "  STALE INPUTS", false: ""}[smp.stale])
			if m.facts == "" {
				if m.facts, err = c.factsSummary(smp.assessment); err != nil {
					return nil, err
				}
				logf("%s", m.facts)
			}
		}
	}
	load.sample()

	// A rescore that lands after the quiet window would mean "settled" was declared too early.
	// Waiting out a few of River's fetch polls lets the last run's stragglers land too.
	time.Sleep(time.Second)
	for _, kind := range []string{caseRead, casePending} {
		for _, smp := range m.runs[kind] {
			a, _, err := c.assessment(smp.assessment)
			if err != nil {
				return nil, err
			}
			if a.Result == nil || !a.Result.ComputedAt.Equal(smp.computedAt) {
				m.late++
			}
			for _, e := range a.Evidence {
				if e.Status == "failed" {
					m.failed++
				}
			}
		}
	}
	srv.Stop()
	if err := m.readDatabase(db, databaseURL, filepath.Join(dir, "data", "assay.db")); err != nil {
		return nil, err
	}
	return m, nil
}

// readDatabase reads, from the stopped server's database, each assessment's results and how
// long River jobs waited between being inserted and being fetched.
func (m *measurement) readDatabase(db, databaseURL, sqlitePath string) error {
	ctx := context.Background()
	st, err := store.Open(ctx, databaseURL, sqlitePath, time.Now)
	if err != nil {
		return err
	}
	defer st.Close()

	for _, runs := range m.runs {
		for i := range runs {
			smp := &runs[i]
			var results []model.Result
			if err := st.DB().WithContext(ctx).Where("assessment_id = ?", smp.assessment).Order("id").Find(&results).Error; err != nil {
				return fmt.Errorf("read results: %w", err)
			}
			smp.complete, smp.redundant = -1, 0
			for _, r := range results {
				switch {
				case smp.complete >= 0:
					smp.redundant++
				case !r.ComputedAt.Before(smp.submittedAt) && allRead(r.Inputs.Evidence):
					smp.complete = r.ComputedAt.Sub(smp.submittedAt)
				}
			}
		}
	}

	assessment, wait := "json_extract(args, '$.assessment_id')", "(julianday(attempted_at) - julianday(scheduled_at)) * 86400000.0"
	if db == store.DialectPostgres {
		assessment, wait = "(args->>'assessment_id')::bigint", "EXTRACT(EPOCH FROM (attempted_at - scheduled_at)) * 1000.0"
	}
	var jobs []struct {
		ID         int64
		Kind       string
		Assessment int64
		Wait       float64
	}
	err = st.DB().WithContext(ctx).Raw("SELECT id, kind, " + assessment + " AS assessment, " + wait +
		" AS wait FROM river_job WHERE attempted_at IS NOT NULL ORDER BY id").Scan(&jobs).Error
	if err != nil {
		return fmt.Errorf("read river_job: %w", err)
	}
	// In the read case the queue is idle when the vendor submits, so the score job's wait is
	// River's fetch latency alone; in the pending case it also queues behind the extractions.
	read := map[int64]bool{}
	for _, smp := range m.runs[caseRead] {
		read[int64(smp.assessment)] = true
	}
	scored := map[int64]bool{}
	for _, j := range jobs {
		switch {
		case j.Kind == "extract_evidence":
			m.extractWait = append(m.extractWait, j.Wait)
		case j.Kind == "score_assessment" && !scored[j.Assessment]:
			// An assessment's first score job is the one its submission queued.
			scored[j.Assessment] = true
			if read[j.Assessment] {
				m.submitWait = append(m.submitWait, j.Wait)
			}
		}
	}
	return nil
}

func allRead(files []scoring.Evidence) bool {
	for _, e := range files {
		if e.Status == model.EvidenceStored {
			return false
		}
	}
	return len(files) > 0
}

func (m *measurement) print(db string) {
	names := map[string]string{caseRead: "files read", casePending: "files pending"}
	var stale int
	for _, kind := range []string{caseRead, casePending} {
		var first, complete, settled, server, redundant []float64
		for _, smp := range m.runs[kind] {
			first, settled, server = append(first, ms(smp.first)), append(settled, ms(smp.settled)), append(server, ms(smp.serverFirst))
			if smp.complete >= 0 {
				complete = append(complete, ms(smp.complete))
			}
			redundant = append(redundant, float64(smp.redundant))
			if smp.stale {
				stale++
			}
		}
		row(fmt.Sprintf("%s, %s: first result", db, names[kind]), spread(first))
		row(fmt.Sprintf("%s, %s: complete (server clock)", db, names[kind]), spread(complete))
		row(fmt.Sprintf("%s, %s: settled result", db, names[kind]), spread(settled))
		row(fmt.Sprintf("%s, %s: rescores after complete", db, names[kind]),
			fmt.Sprintf("%s, max %s", number(stats.Median(redundant)), number(slices.Max(redundant))))
		logf("%s, %s: first result by the server's clock (submitted_at → computed_at) %s", db, names[kind], spread(server))
	}
	row(db+": River fetch wait, score job (files read)", spread(m.submitWait))
	row(db+": River fetch wait, extraction jobs", spread(m.extractWait))
	row(db+": runs per case; stale, late, unreadable", fmt.Sprintf("%d; %d, %d, %d", m.runsPerSet, stale, m.late, m.failed))
}

// client speaks Assay's JSON API: staff calls with the API token, vendor calls with the
// invitation token.
type client struct {
	base, token string
	http        *http.Client
}

// assessmentView is the part of GET /api/v1/assessments/:id the benchmark reads.
type assessmentView struct {
	Status      string     `json:"status"`
	SubmittedAt *time.Time `json:"submitted_at"`
	Evidence    []struct {
		ID           uint           `json:"id"`
		QuestionID   string         `json:"question_id"`
		Status       string         `json:"status"`
		ExtractError string         `json:"extract_error"`
		Facts        map[string]any `json:"facts"`
	} `json:"evidence"`
	Result *struct {
		Score    int    `json:"score"`
		Rating   string `json:"rating"`
		RedFlags []struct {
			ID string `json:"id"`
		} `json:"red_flags"`
		Certificate struct {
			Status            string   `json:"status"`
			CoveredServices   []string `json:"covered_services"`
			UncertainServices []string `json:"uncertain_services"`
		} `json:"certificate"`
		ComputedAt time.Time `json:"computed_at"`
	} `json:"result"`
}

func (a *assessmentView) unread() int {
	n := 0
	for _, e := range a.Evidence {
		if e.Status == "stored" {
			n++
		}
	}
	return n
}

// runCase prepares one assessment for kind, submits it and waits for its result to settle.
func (c *client) runCase(s settings, files []evidenceFile, kind, label string) (sample, error) {
	vendorToken, id, err := c.prepare(files, label)
	if err != nil {
		return sample{}, err
	}
	if kind == caseRead {
		if err := c.awaitRead(s, id, len(files)); err != nil {
			return sample{}, err
		}
		// A vendor who submits a while after the last upload finds the queue idle and River's
		// fetch poll at any phase; submitting at once would ride on the fetch that follows the
		// last extraction. The jitter spreads the phase over a poll interval.
		time.Sleep(s.idle + rand.N(250*time.Millisecond))
	}

	smp := sample{assessment: id}
	var submitted struct {
		Evidence []struct {
			Status string `json:"status"`
		} `json:"evidence"`
	}
	start := time.Now()
	if err := c.do(http.MethodPost, "/api/v1/respond/submit", vendorToken, "", nil, http.StatusOK, &submitted); err != nil {
		return smp, fmt.Errorf("submit: %w", err)
	}
	for _, e := range submitted.Evidence {
		if e.Status == "stored" {
			smp.unread++
		}
	}
	return smp, c.awaitSettled(s, start, len(files), &smp)
}

// prepare creates a vendor and an assessment, answers it and uploads the files; it returns the
// vendor's token and the assessment's id.
func (c *client) prepare(files []evidenceFile, label string) (string, uint, error) {
	vendorToken, id, err := assayproc.Invite(c.http, c.base, c.token, "("+label+")")
	if err != nil {
		return "", 0, err
	}
	if err := c.do(http.MethodPatch, "/api/v1/respond/answers", vendorToken, "application/json",
		assayproc.JSON(map[string]any{"answers": answers()}), http.StatusOK, nil); err != nil {
		return "", 0, fmt.Errorf("save answers: %w", err)
	}
	for _, f := range files {
		body, contentType := f.multipart()
		if err := c.do(http.MethodPost, "/api/v1/respond/evidence?question_id="+f.question, vendorToken, contentType,
			body, http.StatusCreated, nil); err != nil {
			return "", 0, fmt.Errorf("upload %s: %w", f.name, err)
		}
	}
	return vendorToken, id, nil
}

// awaitRead polls until every file of the assessment has been read (or failed to be).
func (c *client) awaitRead(s settings, id uint, files int) error {
	deadline := time.Now().Add(s.timeout)
	for {
		a, _, err := c.assessment(id)
		if err != nil {
			return err
		}
		if len(a.Evidence) == files && a.unread() == 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("files still unread after %s", s.timeout)
		}
		time.Sleep(s.poll)
	}
}

// awaitSettled polls the assessment submitted at start and records in smp when its first
// result and its settled result appeared.
func (c *client) awaitSettled(s settings, start time.Time, files int, smp *sample) error {
	var (
		haveFirst bool
		candidate time.Time // computed_at of the result waiting out the quiet window
		since     time.Time // when the candidate was first seen
		last      time.Time
	)
	deadline := start.Add(s.timeout)
	for {
		a, at, err := c.assessment(smp.assessment)
		if err != nil {
			return err
		}
		if a.SubmittedAt == nil {
			return errors.New("the assessment shows no submitted_at after submit")
		}
		smp.submittedAt = *a.SubmittedAt
		if r := a.Result; r != nil && !r.ComputedAt.Before(*a.SubmittedAt) {
			if !r.ComputedAt.Equal(last) {
				smp.results++
				last = r.ComputedAt
			}
			if !haveFirst {
				haveFirst, smp.first, smp.serverFirst = true, at.Sub(start), r.ComputedAt.Sub(*a.SubmittedAt)
			}
			switch {
			case len(a.Evidence) != files || a.unread() > 0:
				since = time.Time{}
			case since.IsZero() || !r.ComputedAt.Equal(candidate):
				candidate, since = r.ComputedAt, at
			case at.Sub(since) >= s.quiet:
				smp.settled, smp.computedAt = since.Sub(start), candidate
				smp.stale, err = c.staleInputs(smp.assessment, candidate, files)
				return err
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no settled result %s after submit (status %s, %d files unread)", s.timeout, a.Status, a.unread())
		}
		time.Sleep(s.poll)
	}
}

// staleInputs reports whether the result computed at computedAt was scored without some file's
// facts, which the assessment view cannot show but the export's inputs do.
func (c *client) staleInputs(id uint, computedAt time.Time, files int) (bool, error) {
	var b struct {
		Inputs struct {
			Evidence []struct {
				Status string `json:"status"`
			} `json:"evidence"`
		} `json:"inputs"`
		Result *struct {
			ComputedAt time.Time
		} `json:"result"`
	}
	if err := c.do(http.MethodGet, fmt.Sprintf("/api/v1/assessments/%d/export", id), c.token, "", nil, http.StatusOK, &b); err != nil {
		return false, fmt.Errorf("export: %w", err)
	}
	if b.Result == nil || !b.Result.ComputedAt.Equal(computedAt) {
		// A newer result replaced it already; the late check after the runs counts this.
		return false, nil
	}
	if len(b.Inputs.Evidence) != files {
		return true, nil
	}
	for _, e := range b.Inputs.Evidence {
		if e.Status == "stored" {
			return true, nil
		}
	}
	return false, nil
}

// factsSummary describes what the server read from one assessment's files and how it scored.
func (c *client) factsSummary(id uint) (string, error) {
	a, _, err := c.assessment(id)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "assessment %d as scored:", id)
	keys := []string{"completion_rate", "people", "newest_completion", "signatures", "newest_signature",
		"meeting_date", "expires_on", "edition", "pages", "words"}
	for _, e := range a.Evidence {
		fmt.Fprintf(&b, "\n  %-22s %-9s", e.QuestionID, e.Status)
		if e.ExtractError != "" {
			fmt.Fprintf(&b, " (%s)", e.ExtractError)
		}
		for _, k := range keys {
			if v, ok := e.Facts[k]; ok {
				fmt.Fprintf(&b, " %s=%v", k, v)
			}
		}
	}
	if r := a.Result; r != nil {
		flags := make([]string, len(r.RedFlags))
		for i, f := range r.RedFlags {
			flags[i] = f.ID
		}
		fmt.Fprintf(&b, "\n  result: score %d, rating %s, certificate %s (covered %v, uncertain %v), red flags %v",
			r.Score, r.Rating, r.Certificate.Status, r.Certificate.CoveredServices, r.Certificate.UncertainServices, flags)
	}
	return b.String(), nil
}

// assessment fetches the analyst's view and returns it with the time its response arrived.
func (c *client) assessment(id uint) (*assessmentView, time.Time, error) {
	var a assessmentView
	err := c.do(http.MethodGet, fmt.Sprintf("/api/v1/assessments/%d", id), c.token, "", nil, http.StatusOK, &a)
	return &a, time.Now(), err
}

func (c *client) do(method, path, token, contentType string, body io.Reader, want int, out any) error {
	return assayproc.Do(c.http, method, c.base+path, token, contentType, body, want, out)
}

// answers are a well-run vendor's answers to the default questionnaire, with the completion
// rate and certificate scope its evidence files show.
func answers() questionnaire.Answers {
	return questionnairetest.With(questionnairetest.Strong(),
		"training_completion_rate", completionRate, "iso27001_scope", certScope)
}

// evidenceFile is one upload of a run.
type evidenceFile struct {
	question, name, contentType string
	body                        []byte
}

func (f evidenceFile) multipart() (io.Reader, string) {
	body, contentType := assayproc.FileForm(f.name, f.contentType, f.body)
	return bytes.NewReader(body), contentType
}

// evidenceFiles makes the five files every run uploads, dated relative to today so that no
// date-based red flag fires and the result is the one a well-run vendor would get.
// The contract sample is a PDF because contract_sample accepts PDF and DOCX only.
func evidenceFiles(certificate []byte, today time.Time) []evidenceFile {
	day := func(back int) string { return today.AddDate(0, 0, -back).Format("2006-01-02") }

	var training bytes.Buffer
	training.WriteString("Employee,Type,Course,Completed on,Result,Score\n")
	failedEvery := trainingPeople / (trainingPeople * (100 - completionRate) / 100)
	for i := 1; i <= trainingPeople; i++ {
		kind := "Employee"
		if i%10 == 0 {
			kind = "Contractor"
		}
		if i%failedEvery == 0 {
			fmt.Fprintf(&training, "Person %03d,%s,Security awareness 2026,,Not started,\n", i, kind)
			continue
		}
		fmt.Fprintf(&training, "Person %03d,%s,Security awareness 2026,%s,Pass,%d\n", i, kind, day(1+i%60), 70+i%30)
	}

	var acks bytes.Buffer
	acks.WriteString("Name,Type,Policy,Version,Signed at\n")
	for i := 1; i <= trainingPeople; i++ {
		kind := "Employee"
		if i%10 == 0 {
			kind = "Contractor"
		}
		fmt.Fprintf(&acks, "Person %03d,%s,Information security policy,4.1,%sT09:%02d:00Z\n", i, kind, day(2+i%90), i%60)
	}

	meeting := today.AddDate(0, 0, -30)
	minutes := strings.Join([]string{
		"Information Security Management Review - Minutes",
		"Date of meeting: " + meeting.Format("2 January 2006"),
		"Attendees: Jane Holt (Chief Executive); Omar Reyes (Head of HR); Priya Shah (CISO); Tom Baker (Head of Operations)",
		"",
		"1. Training metrics",
		fmt.Sprintf("Security awareness training completion stands at %d%% for the current cycle.", completionRate),
		"Six people have not started; their managers have been asked to follow up.",
		"",
		"2. Policy violations",
		"Two minor violations of the clear desk policy were reported and handled under the disciplinary procedure.",
		"",
		"3. Incidents",
		"One phishing incident was reported by staff within ten minutes; no data was lost.",
		"",
		"4. Audit findings",
		"The internal audit raised one minor finding on access reviews; it is closed.",
		"",
		"5. Action items",
		"Action: chase the remaining six people to complete training. Owner: Omar Reyes. Due: " +
			meeting.AddDate(0, 0, 21).Format("2 January 2006") + ".",
		"Action: repeat the phishing exercise. Owner: Priya Shah. Due: " + meeting.AddDate(0, 0, 45).Format("2 January 2006") + ".",
		"",
	}, "\n")

	contract := textPDF([]string{
		"Contractor Services Agreement - Sample",
		"Clause 12. Information security",
		"12.1 The Contractor shall comply with the Company's information security policies as amended from time to time.",
		"12.2 The Contractor shall complete the Company's security awareness training before receiving access.",
		"12.3 A breach of this clause is a material breach and may lead to termination of this Agreement.",
		"Clause 13. Confidentiality",
		"13.1 The Contractor shall keep all Company and customer information confidential.",
	})

	return []evidenceFile{
		{question: "training_report", name: "training-completion.csv", contentType: "text/csv", body: training.Bytes()},
		{question: "acknowledgement_log", name: "policy-acknowledgements.csv", contentType: "text/csv", body: acks.Bytes()},
		{question: "review_minutes", name: "management-review-minutes.txt", contentType: "text/plain", body: []byte(minutes)},
		{question: "iso27001_certificate", name: "iso27001-certificate.pdf", contentType: "application/pdf", body: certificate},
		{question: "contract_sample", name: "contract-sample.pdf", contentType: "application/pdf", body: contract},
	}
}

// textPDF writes a one-page PDF with one line of Helvetica per entry: the smallest file a
// PDF writer would produce, with a correct cross-reference table.
func textPDF(lines []string) []byte {
	var content bytes.Buffer
	content.WriteString("BT /F1 11 Tf 14 TL 56 780 Td\n")
	esc := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`)
	for _, l := range lines {
		fmt.Fprintf(&content, "(%s) Tj T*\n", esc.Replace(l))
	}
	content.WriteString("ET\n")
	objects := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", content.Len(), content.String()),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, xref)
	return b.Bytes()
}

// loadRange keeps the lowest and highest one-minute load average seen, since other work on
// the machine moves every wall-clock figure here.
type loadRange struct{ low, high float64 }

func (l *loadRange) sample() {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return
	}
	v, err := strconv.ParseFloat(f[0], 64)
	if err != nil {
		return
	}
	if l.low == 0 && l.high == 0 {
		l.low, l.high = v, v
	}
	l.low, l.high = min(l.low, v), max(l.high, v)
}

func (l *loadRange) String() string { return fmt.Sprintf("%.2f–%.2f", l.low, l.high) }

// spread is "p50/p95/max ms"; p95 is the nearest rank, the 19th of 20.
func spread(xs []float64) string {
	if len(xs) == 0 {
		return "-"
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	p95 := s[int(math.Ceil(0.95*float64(len(s))))-1]
	return fmt.Sprintf("%.0f/%.0f/%.0f ms", stats.Median(s), p95, s[len(s)-1])
}

func number(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func logf(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }

// row prints one line of the result table bench/run.sh shows; the issue sets no goal for
// these figures, so the goal and status columns stay empty.
func row(what, value string) { fmt.Printf("%-52s %14s\n", what, value) }
