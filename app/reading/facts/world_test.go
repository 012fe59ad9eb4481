package facts

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"text/tabwriter"
	"time"
	"unicode"

	"assay/app/evidence"
	"assay/app/questionnaire"
	"assay/app/reading"
	"assay/app/reading/ocr"
	"assay/app/scoring"
	"assay/app/testenv"
	"assay/questionnaires"
)

// worldReport prints the world corpus table and every miss, with the quote read:
// go test ./app/reading/facts -run TestWorld -world.report
var worldReport = flag.Bool("world.report", false, "print the world corpus table and every fact, verdict and coverage answer missed")

// worldNoOCR leaves the scans unread, for a quick look at the other files
// while working on a reader; CI always reads them.
var worldNoOCR = flag.Bool("world.noocr", false, "leave the scans unread (not in CI)")

// worldFactsFloor is how many of the expected facts of the corpus's files
// other than scans the readers got right when the corpus was made (measured, not hoped for): fewer is a
// regression. Raise it when the readers improve.
const worldFactsFloor = 1004

// worldScanFactsFloor is the same for the facts of the scans, read by OCR
// (not counted when the scans are left unread outside CI).
const worldScanFactsFloor = 110

// wrongBefore are the wrong verdicts and coverage answers the readers gave
// on the corpus when it was made, before the work of issue 10. Each is a
// defect to fix, not an accepted answer: an entry that stops being wrong
// must be removed, and no new one may appear.
var wrongBefore = map[string]string{}

// worldEntry is one file of testdata/world/manifest.json: what a careful
// analyst reads from it.
type worldEntry struct {
	File         string           `json:"file"`
	Kind         string           `json:"kind"`
	Question     string           `json:"question"`
	Language     string           `json:"language"`
	Producer     string           `json:"producer"`
	OCR          bool             `json:"ocr"`
	About        string           `json:"about"`
	Facts        map[string]any   `json:"facts"`
	Alternatives map[string][]any `json:"alternatives"`
	Verdict      string           `json:"verdict"`
	Services     []struct {
		Name     string   `json:"name"`
		Keywords []string `json:"keywords"`
		Expected string   `json:"expected"`
	} `json:"services"`
}

// Outcomes of one expected answer.
const (
	outRight   = "right"
	outMissed  = "missed" // unknown, uncertain or unread: not right, but not a wrong answer
	outWrong   = "wrong"  // a defined value different from the expected one
	outNeedOCR = "needs OCR"
)

// worldAnswer is one expected fact, verdict or coverage answer and what the
// production path gave.
type worldAnswer struct {
	file, lang, kind, key string
	want, got, quote      string
	outcome               string
}

// TestWorld reads every file of the world corpus through the production
// path (reading.Read, For, then scoring's certificate verdict and scope
// coverage on the manifest's day) and compares with what a careful analyst
// reads. It fails on a wrong verdict or coverage answer not listed in
// wrongBefore, on a listed one that is now right, and on fewer facts right
// than worldFactsFloor.
func TestWorld(t *testing.T) {
	answers := readCorpus(t, filepath.Join("testdata", "world"), 150)
	report := worldTable(answers)
	t.Log("\n" + report)
	if *worldReport {
		fmt.Println(report)
		fmt.Println(worldMisses(answers))
	}
	right, scans, unread, seen := 0, 0, false, map[string]bool{}
	for _, a := range answers {
		isFact := !strings.HasPrefix(a.key, "verdict") && !strings.HasPrefix(a.key, "coverage:")
		unread = unread || a.outcome == outNeedOCR
		switch {
		case isFact && a.outcome == outRight && a.kind == "scans":
			scans++
		case isFact && a.outcome == outRight:
			right++
		case !isFact && a.outcome == outWrong:
			id := a.file + " " + a.key
			seen[id] = true
			if _, known := wrongBefore[id]; !known {
				t.Errorf("%s: %s is %s, want %s (quote %q)", a.file, a.key, a.got, a.want, a.quote)
			}
		}
	}
	for id := range wrongBefore {
		if !seen[id] {
			t.Errorf("%s is no longer wrong: remove it from wrongBefore", id)
		}
	}
	if right < worldFactsFloor {
		t.Errorf("%d facts right, below the floor of %d: a reader regressed (run with -world.report for the misses)", right, worldFactsFloor)
	}
	if !unread && scans < worldScanFactsFloor {
		t.Errorf("%d facts of scans right, below the floor of %d: OCR or a reader regressed", scans, worldScanFactsFloor)
	}
}

// readCorpus reads every file of a corpus folder (its manifest.json and
// files) through the production path and judges each expected answer.
func readCorpus(t *testing.T, dir string, minFiles int) []worldAnswer {
	raw, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatalf("the corpus manifest is missing: %v", err)
	}
	var m struct {
		Today string       `json:"today"`
		Files []worldEntry `json:"files"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	now, err := time.Parse(time.DateOnly, m.Today)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := questionnaire.LoadFS(questionnaires.FS)
	if err != nil {
		t.Fatal(err)
	}
	def, ok := reg.Get("iso27001-a5.4")
	if !ok {
		t.Fatal("questionnaire iso27001-a5.4 is not installed")
	}
	if len(m.Files) < minFiles {
		t.Errorf("the corpus has %d files, want at least %d", len(m.Files), minFiles)
	}
	lim := reading.DefaultLimits()
	// The scans are read by OCR as the pipeline reads them, with a deadline
	// per page generous enough for a machine busy with other suites.
	lim.OCRPageTimeout = 5 * time.Minute
	if !*worldNoOCR || testenv.InCI() {
		lim.OCR = ocr.New(context.Background(), ocr.Options{Concurrency: runtime.NumCPU()})
		if r := lim.OCR.PDFReason(); r != "" {
			if testenv.InCI() {
				t.Fatalf("%s: scripts/test.sh must install tesseract-ocr, its language packs and poppler-utils", r)
			}
			t.Logf("scans left unread: %s", r)
		}
	}
	// Files are read a few at a time, as the pipeline's workers read
	// them: OCR of the scans takes most of the time.
	perFile := make([][]worldAnswer, len(m.Files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.NumCPU())
	for i, e := range m.Files {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			perFile[i] = readWorldFile(t, dir, e, def, now, lim)
		})
	}
	wg.Wait()
	var answers []worldAnswer
	for _, a := range perFile {
		answers = append(answers, a...)
	}
	return answers
}

// readWorldFile reads one file as the pipeline does and judges each expected answer.
func readWorldFile(t *testing.T, dir string, e worldEntry, def *questionnaire.Definition, now time.Time, lim reading.Limits) []worldAnswer {
	kind := strings.SplitN(e.File, "/", 2)[0]
	if e.OCR {
		kind = "scans"
	}
	base := worldAnswer{file: e.File, lang: e.Language, kind: kind}
	facts, readErr := readWorld(filepath.Join(dir, e.File), e, lim)
	var out []worldAnswer
	unread := func(key string, want any) worldAnswer {
		a := base
		a.key, a.want, a.outcome, a.got = key, show(want), outMissed, "not read: "+readErr.Error()
		if e.OCR && errors.Is(readErr, reading.ErrNoTextLayer) {
			a.outcome, a.got = outNeedOCR, "not read: the file needs OCR"
		}
		return a
	}
	for _, key := range slices.Sorted(mapKeys(e.Facts)) {
		want := e.Facts[key]
		if topics, ok := want.(map[string]any); ok && key == evidence.KeyTopics {
			for _, topic := range slices.Sorted(mapKeys(topics)) {
				if readErr != nil {
					out = append(out, unread(key+"."+topic, topics[topic]))
					continue
				}
				out = append(out, judgeFact(base, facts, key+"."+topic, topics[topic], nil))
			}
			continue
		}
		if readErr != nil {
			out = append(out, unread(key, want))
			continue
		}
		out = append(out, judgeFact(base, facts, key, want, e.Alternatives[key]))
	}
	if e.Question != evidence.QuestionCertificate {
		return out
	}
	status := scoring.CertificateUnreadable
	coverage := map[string]string{}
	if readErr == nil {
		res, err := scoring.Score(scoring.Input{
			Definition: def,
			Answers:    questionnaire.Answers{evidence.QuestionCertified: true},
			Evidence:   []scoring.Evidence{{ID: 1, QuestionID: evidence.QuestionCertificate, Filename: e.File, Status: scoring.StatusExtracted, Facts: facts}},
			Services:   worldServices(e),
			Now:        now,
		})
		if err != nil {
			t.Errorf("%s: score: %v", e.File, err) // the files are read concurrently: no Fatal here
			return out
		}
		status = res.Certificate.Status
		for _, c := range res.Certificate.Coverage {
			coverage[c.Service] = c.Verdict
		}
	}
	quote := ""
	if facts.Certificate != nil {
		quote = facts.Certificate.ExpiresOn.Quote
	}
	v := base
	v.key, v.want, v.got, v.quote = "verdict", e.Verdict, status, quote
	v.outcome = judgeDefined(e.Verdict, status, status == scoring.CertificateUnreadable || status == scoring.CertificateUncertain)
	if readErr != nil {
		v = unread("verdict", e.Verdict)
	}
	out = append(out, v)
	for _, s := range e.Services {
		c := base
		c.key, c.want = "coverage:"+s.Name, s.Expected
		got, ok := coverage[s.Name]
		if !ok {
			got = "no scope read"
		}
		if facts.Certificate != nil {
			c.quote = facts.Certificate.Scope.Quote
		}
		c.got, c.outcome = got, judgeDefined(s.Expected, got, !ok || got == "uncertain")
		if readErr != nil {
			c = unread(c.key, s.Expected)
		}
		out = append(out, c)
	}
	return out
}

// judgeDefined judges a verdict or coverage answer: an answer that is not
// defined (unreadable, uncertain, absent) is missed, never wrong.
func judgeDefined(want, got string, undefined bool) string {
	switch {
	case got == want:
		return outRight
	case undefined:
		return outMissed
	}
	return outWrong
}

func worldServices(e worldEntry) []scoring.Service {
	var s []scoring.Service
	for _, sv := range e.Services {
		s = append(s, scoring.Service{Name: sv.Name, Keywords: sv.Keywords})
	}
	return s
}

// readWorld is the pipeline's reading of one file: reading.Read then For.
func readWorld(path string, e worldEntry, lim reading.Limits) (evidence.Facts, error) {
	f, err := os.Open(path)
	if err != nil {
		return evidence.Facts{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return evidence.Facts{}, err
	}
	doc, err := reading.Read(context.Background(), f, st.Size(), e.Kind, lim)
	if err != nil {
		return evidence.Facts{}, err
	}
	return For(e.Question, doc)
}

// worldFields names the field of each fact key in the struct of its kind.
var worldFields = map[string]string{
	evidence.KeyCertificateNumber: "Number", evidence.KeyCertificationBody: "CertificationBody",
	evidence.KeyAccreditationBody: "AccreditationBody", evidence.KeyEdition: "Edition", evidence.KeyIssuedOn: "IssuedOn",
	evidence.KeyExpiresOn: "ExpiresOn", evidence.KeyScope: "Scope", evidence.KeySites: "Sites",
	evidence.KeyPeople: "People", evidence.KeyRows: "Rows", evidence.KeyContractorsIncluded: "ContractorsIncluded",
	evidence.KeyCompleted: "Completed", evidence.KeyCompletionRate: "CompletionRate",
	evidence.KeyNewestCompletion: "NewestCompletion", evidence.KeyOldestCompletion: "OldestCompletion",
	evidence.KeyMeetingDate: "MeetingDate", evidence.KeyActionItemsHaveOwners: "ActionItemsHaveOwners",
	evidence.KeyAttendees: "Attendees", evidence.KeySignatures: "Signatures",
	evidence.KeyNewestSignature: "NewestSignature", evidence.KeyOldestSignature: "OldestSignature",
}

// worldFact is one fact as read: its value, whether it is known, its quote
// and the reader's doubt, if the fact type carries one.
type worldFact struct {
	value        any
	known        bool
	quote, doubt string
	readings     []string // a doubtful fact's possible values
}

// factByKey finds a fact of f by its key ("topics.incidents" for a topic).
func factByKey(f evidence.Facts, key string) (worldFact, bool) {
	var kind reflect.Value
	for _, k := range []any{f.Certificate, f.Training, f.Minutes, f.Acknowledgements} {
		if v := reflect.ValueOf(k); !v.IsNil() {
			kind = v.Elem()
		}
	}
	if !kind.IsValid() {
		return worldFact{}, false
	}
	var fact reflect.Value
	if topic, ok := strings.CutPrefix(key, evidence.KeyTopics+"."); ok {
		if f.Minutes == nil {
			return worldFact{}, false
		}
		fact = reflect.ValueOf(f.Minutes.Topics[topic])
	} else if name, ok := worldFields[key]; ok {
		fact = kind.FieldByName(name)
	}
	if !fact.IsValid() {
		return worldFact{}, false
	}
	w := worldFact{known: fact.FieldByName("Known").Bool(), quote: fact.FieldByName("Quote").String()}
	if d := fact.FieldByName("Doubt"); d.IsValid() {
		w.doubt = d.String()
	}
	if r := fact.FieldByName("Readings"); r.IsValid() {
		for i := range r.Len() {
			w.readings = append(w.readings, fmt.Sprint(r.Index(i).Interface()))
		}
	}
	v := fact.FieldByName("Value")
	switch v.Kind() {
	case reflect.String:
		w.value = v.String()
	case reflect.Int:
		w.value = float64(v.Int())
	case reflect.Float64:
		w.value = v.Float()
	case reflect.Bool:
		w.value = v.Bool()
	case reflect.Slice:
		var items []string
		for i := range v.Len() {
			items = append(items, v.Index(i).String())
		}
		w.value = items
	}
	return w, true
}

// judgeFact judges one fact against the manifest: right, missed (unknown,
// or marked doubtful) or wrong (a defined value that is not the expected one).
func judgeFact(base worldAnswer, facts evidence.Facts, key string, want any, alts []any) worldAnswer {
	a := base
	a.key, a.want = key, show(want)
	got, ok := factByKey(facts, key)
	a.quote = got.quote
	switch {
	case !ok || !got.known && got.doubt == "":
		a.got, a.outcome = "unknown", outMissed
		return a
	case got.doubt != "":
		a.got = "doubtful " + show(got.readings) + ": " + got.doubt
	default:
		a.got = show(got.value)
	}
	if u, ok := want.(map[string]any); ok && u["uncertain"] != nil {
		// Only a reader that says it is unsure, with the readings the
		// text allows, is right about an ambiguous fact.
		a.outcome = outWrong
		if got.doubt != "" {
			a.outcome = outMissed
			if sameWorldValue(u["uncertain"], got.readings) {
				a.outcome = outRight
			}
		}
		return a
	}
	if got.doubt != "" {
		a.outcome = outMissed
		return a
	}
	a.outcome = outWrong
	for _, w := range append([]any{want}, alts...) {
		if sameWorldValue(w, got.value) {
			a.outcome = outRight
		}
	}
	return a
}

// sameWorldValue compares what an analyst reads with what a reader read:
// text without regard to case, spacing, dash and quote styles or closing
// punctuation; numbers to one decimal; lists item by item, each read item
// containing the expected one (a site's name in its row, a name beside its role).
func sameWorldValue(want, got any) bool {
	switch w := want.(type) {
	case string:
		g, ok := got.(string)
		return ok && normText(w) == normText(g)
	case float64:
		g, ok := got.(float64)
		return ok && math.Abs(w-g) < 0.05
	case bool:
		g, ok := got.(bool)
		return ok && w == g
	case []any:
		g, ok := got.([]string)
		if !ok || len(g) != len(w) {
			return false
		}
		used := make([]bool, len(g))
	next:
		for _, wi := range w {
			ws := normText(fmt.Sprint(wi))
			for j, gi := range g {
				if !used[j] && strings.Contains(normText(gi), ws) {
					used[j] = true
					continue next
				}
			}
			return false
		}
		return true
	}
	return false
}

// textFolds also drops accents: OCR often misreads or loses them ("modalita",
// "Certificaçäo"), and a scope or a name that differs only in its accents
// says the same to an analyst.
var textFolds = strings.NewReplacer(
	"à", "a", "á", "a", "â", "a", "ã", "a", "ä", "a", "ç", "c", "è", "e", "é", "e", "ê", "e", "ë", "e",
	"ì", "i", "í", "i", "î", "i", "ï", "i", "ñ", "n", "ò", "o", "ó", "o", "ô", "o", "õ", "o", "ö", "o",
	"ù", "u", "ú", "u", "û", "u", "ü", "u", "–", "-", "—", "-", "‑", "-", "’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ")

func normText(s string) string {
	s = strings.Join(strings.Fields(textFolds.Replace(strings.ToLower(s))), " ")
	return strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsPunct(r) && r != ')' })
}

func show(v any) string {
	switch x := v.(type) {
	case nil:
		return "absent"
	case string:
		return x
	case []string:
		return "[" + strings.Join(x, " | ") + "]"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// worldTable is the measurement: facts right of expected per kind and per
// language, and the verdicts and coverage answers right, missed and wrong.
func worldTable(answers []worldAnswer) string {
	type tally struct{ right, missed, wrong, ocr, n int }
	add := func(m map[string]*tally, k string, a worldAnswer) {
		if m[k] == nil {
			m[k] = &tally{}
		}
		t := m[k]
		t.n++
		switch a.outcome {
		case outRight:
			t.right++
		case outMissed:
			t.missed++
		case outWrong:
			t.wrong++
		case outNeedOCR:
			t.ocr++
		}
	}
	byKind, byLang, decisions := map[string]*tally{}, map[string]*tally{}, map[string]*tally{}
	for _, a := range answers {
		switch {
		case a.key == "verdict":
			add(decisions, "certificate verdicts", a)
		case strings.HasPrefix(a.key, "coverage:"):
			add(decisions, "scope coverage answers", a)
		default:
			add(byKind, a.kind, a)
			add(byKind, "all", a)
			add(byLang, a.lang, a)
		}
	}
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	section := func(title string, m map[string]*tally) {
		fmt.Fprintf(w, "%s\tright\texpected\t%%\tmissed\twrong\tneeds OCR\t\n", title)
		for _, k := range slices.SortedFunc(mapKeys(m), func(a, b string) int { return cmp.Compare(a, b) }) {
			t := m[k]
			fmt.Fprintf(w, "%s\t%d\t%d\t%.1f\t%d\t%d\t%d\t\n", k, t.right, t.n, 100*float64(t.right)/float64(t.n), t.missed, t.wrong, t.ocr)
		}
		fmt.Fprintln(w, "\t\t\t\t\t\t\t")
	}
	section("facts by kind", byKind)
	section("facts by language", byLang)
	section("decisions", decisions)
	w.Flush()
	fmt.Fprintln(&b, "wrong verdicts and coverage answers:")
	for _, a := range answers {
		if (a.key == "verdict" || strings.HasPrefix(a.key, "coverage:")) && a.outcome == outWrong {
			fmt.Fprintf(&b, "  %s %s: %s, want %s (quote %q)\n", a.file, a.key, a.got, a.want, a.quote)
		}
	}
	return b.String()
}

// worldMisses lists every answer that is not right, with the quote read.
func worldMisses(answers []worldAnswer) string {
	var b strings.Builder
	fmt.Fprintln(&b, "answers not right (file, key: got / want, quote):")
	for _, a := range answers {
		if a.outcome != outRight {
			fmt.Fprintf(&b, "  [%s] %s %s: %s / %s, quote %q\n", a.outcome, a.file, a.key, a.got, a.want, a.quote)
		}
	}
	return b.String()
}
