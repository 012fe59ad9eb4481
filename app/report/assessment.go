package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"assay/app/evidence"
	"assay/app/scope"
	"assay/app/scoring"
)

// Assessment is what the per-assessment exports and the PDF report show about one assessment.
type Assessment struct {
	ID            uint
	Vendor        Vendor
	Questionnaire string
	// QuestionnaireTitle is the questionnaire's title; Questions its questions' texts by id,
	// so that reports say what was asked rather than ids.
	QuestionnaireTitle   string
	Questions            map[string]string
	QuestionnaireVersion string
	QuestionnaireHash    string
	Status               string
	DueOn                string // YYYY-MM-DD
	SubmittedAt          time.Time
	SubmittedBy          string
	// Result is nil until the assessment is scored.
	Result *Result
	// Override is the analyst's rating set beside the computed one, nil when there is none.
	Override *Override
	Answers  []Answer
	Evidence []Evidence
	// History is the assessment's audit chain in order; ChainIntact is the outcome of checking
	// its hashes, ChainProblem what was wrong when it is not intact.
	History      []Event
	ChainIntact  bool
	ChainProblem string
	GeneratedAt  time.Time
	// Restricted marks a report built for a reader who may not see the vendor's material:
	// file names and event details were left out, and the report says so.
	Restricted bool
}

// Vendor is the vendor as recorded, with the services bought from it.
type Vendor struct {
	ID       uint
	Name     string
	Website  string
	Tier     string
	Decision string
	// DecisionConditions, DecidedBy and DecidedAt describe the recorded decision; DecidedBy is
	// empty when no analyst has recorded one.
	DecisionConditions []string
	DecidedBy          string
	DecidedAt          time.Time
	Services           []Service
}

// decisionDetail is who recorded the decision and when, and its conditions, in one line.
func (v Vendor) decisionDetail() string {
	if v.DecidedBy == "" {
		return ""
	}
	s := "by " + v.DecidedBy + " on " + utc(v.DecidedAt) + " UTC"
	if len(v.DecisionConditions) > 0 {
		s += "; conditions: " + strings.Join(v.DecisionConditions, "; ")
	}
	return s
}

// Service is one service bought from the vendor.
type Service struct {
	Name     string
	Keywords []string
}

// Result is the latest computed result.
type Result struct {
	Score         int
	Rating        string
	RedFlags      []scoring.RedFlag
	Certificate   scoring.Certificate
	EngineVersion string
	ComputedAt    time.Time
	// Breakdown explains the score and rating; nil when it cannot be recomputed.
	Breakdown *scoring.Breakdown
	// Findings is the state of each red flag's finding by flag id; a flag without one is open.
	Findings map[string]FlagFinding
}

// FlagFinding is where the finding made from a red flag stands.
type FlagFinding struct {
	// Open says whether the red flag still counts as open (portfolio.FlagOpen).
	Open bool
	// State is the finding's state in words (FindingState).
	State string
}

// OpenRedFlags counts the red flags that are still open: those without a finding and those
// whose finding is open.
func (r Result) OpenRedFlags() int {
	n := 0
	for _, f := range r.RedFlags {
		if ff, ok := r.Findings[f.ID]; !ok || ff.Open {
			n++
		}
	}
	return n
}

// question is what question id asked, or the id in words when the report does not know it.
func (a Assessment) question(id string) string {
	if t, ok := a.Questions[id]; ok {
		return t
	}
	return Words(id)
}

// Override is an analyst's rating kept beside the computed rating, never in its place.
type Override struct {
	Rating        string
	Justification string
	By            string
	At            time.Time
	// Stale is set when the result was recomputed after the override was decided.
	Stale bool
}

// Summary is the override in one line, as the reports show it beside the computed rating.
func (o Override) Summary() string {
	s := fmt.Sprintf("%s (set by %s at %s UTC", Risk(o.Rating), o.By, utc(o.At))
	if o.Stale {
		s += "; set before the latest rescore"
	}
	return s + ")"
}

// Answer is one answered or visible question, its value rendered as the vendor chose it.
type Answer struct {
	QuestionID string
	Question   string
	Value      string
}

// Evidence is one uploaded file with the facts read from it.
type Evidence struct {
	ID           uint
	QuestionID   string
	Filename     string
	Kind         string
	Size         int64
	SHA256       string
	Status       string
	ExtractError string
	Facts        []Fact
}

// Fact is one fact of a file: Value is what scoring uses, Extracted what was read from the
// file; they differ when an analyst corrected it.
type Fact struct {
	Name        string
	Value       string
	Extracted   string
	Corrected   bool
	CorrectedBy string
	CorrectedAt time.Time
	Reason      string
	Quote       string
}

// Event is one audit event of the assessment's chain.
type Event struct {
	Seq       int64
	At        time.Time
	Actor     string
	ActorType string
	Action    string
	Object    string
	Detail    string
	IP        string
	Hash      string
}

// AssessmentSheets names the sheets of the assessment workbook, in order.
var AssessmentSheets = []string{"Summary", "Answers", "Evidence and facts", "Red flags"}

// WriteAssessmentXLSX writes the assessment as a workbook with the sheets of AssessmentSheets.
func WriteAssessmentXLSX(w io.Writer, a Assessment) error {
	x, err := NewXLSX(w, AssessmentSheets...)
	if err != nil {
		return err
	}
	for i, rows := range a.sheets() {
		if i > 0 {
			if err := x.NextSheet(); err != nil {
				return err
			}
		}
		if err := writeRows(x, rows); err != nil {
			return err
		}
	}
	return x.Close()
}

// sheets is the rows of the workbook's sheets, in the order of AssessmentSheets.
func (a Assessment) sheets() [][][]Cell {
	summary := append([][]Cell{Texts("Field", "Value", "Detail")}, a.summary()...)

	answers := [][]Cell{Texts("Question ID", "Question", "Answer")}
	for _, an := range a.Answers {
		answers = append(answers, Texts(an.QuestionID, an.Question, an.Value))
	}

	files := [][]Cell{Texts("Evidence ID", "Question ID", "File", "Type", "Size (bytes)", "SHA-256", "Read status",
		"Fact", "Value", "Read from the file", "Corrected by", "Corrected at (UTC)", "Correction reason", "Quoted text")}
	for _, e := range a.Evidence {
		file := []Cell{Int(e.ID), Text(e.QuestionID), Text(e.Filename), Text(e.Kind), Int(e.Size), Text(e.SHA256), Text(e.readStatus())}
		if len(e.Facts) == 0 {
			files = append(files, file)
		}
		for _, f := range e.Facts {
			row := append(append([]Cell{}, file...), Text(evidence.FactTitle(f.Name)), Text(f.Value), Text(f.Extracted))
			if f.Corrected {
				row = append(row, Text(f.CorrectedBy), Time(f.CorrectedAt), Text(f.Reason))
			} else {
				row = append(row, Text(""), Text(""), Text(""))
			}
			files = append(files, append(row, Text(f.Quote)))
		}
	}

	flags := [][]Cell{Texts("Flag ID", "Severity", "Title", "Explanation", "Question IDs", "Evidence IDs", "Quoted text")}
	if a.Result != nil {
		for _, f := range a.Result.RedFlags {
			flags = append(flags, Texts(f.ID, Words(f.Severity), f.Title, f.Explanation, strings.Join(f.QuestionIDs, " "), ids(f.EvidenceIDs), f.Quote))
		}
	}
	return [][][]Cell{summary, answers, files, flags}
}

// AssessmentCSVHeader is the header of the assessment CSV. A CSV holds one table, so the
// workbook's sheets are laid out long: each row says which section it belongs to.
//
//	Summary   ""            field          value          detail
//	Answer    question id   question text  answer         ""
//	Evidence  evidence id   question id    file name      "sha256 …; type, size; read status"
//	Fact      evidence id   fact name      value used     what was read, correction, quote
//	Red flag  flag id       severity       title          explanation
var AssessmentCSVHeader = []string{"Section", "Item", "Field", "Value", "Detail"}

// WriteAssessmentCSV writes the assessment as one long CSV table (see AssessmentCSVHeader).
func WriteAssessmentCSV(w io.Writer, a Assessment) error {
	cw := NewCSV(w)
	if err := writeRows(cw, a.csvRows()); err != nil {
		return err
	}
	return cw.Close()
}

// csvRows is the CSV table, its header first.
func (a Assessment) csvRows() [][]Cell {
	rows := [][]Cell{Texts(AssessmentCSVHeader...)}
	for _, s := range a.summary() {
		rows = append(rows, append([]Cell{Text("Summary"), Text("")}, s...))
	}
	for _, an := range a.Answers {
		rows = append(rows, Texts("Answer", an.QuestionID, an.Question, an.Value, ""))
	}
	for _, e := range a.Evidence {
		detail := fmt.Sprintf("sha256 %s; %s, %d bytes; %s", e.SHA256, e.Kind, e.Size, e.readStatus())
		rows = append(rows, []Cell{Text("Evidence"), Int(e.ID), Text(e.QuestionID), Text(e.Filename), Text(detail)})
	}
	for _, e := range a.Evidence {
		for _, f := range e.Facts {
			rows = append(rows, []Cell{Text("Fact"), Int(e.ID), Text(evidence.FactTitle(f.Name)), Text(f.Value), Text(f.detail())})
		}
	}
	if a.Result != nil {
		for _, f := range a.Result.RedFlags {
			rows = append(rows, Texts("Red flag", f.ID, Words(f.Severity), f.Title, f.Explanation))
		}
	}
	return rows
}

func writeRows(tw TableWriter, rows [][]Cell) error {
	for _, r := range rows {
		if err := tw.Row(r...); err != nil {
			return err
		}
	}
	return nil
}

// summary is the Field, Value, Detail rows that describe the assessment as a whole.
func (a Assessment) summary() [][]Cell {
	kv := func(field string, value Cell) []Cell { return []Cell{Text(field), value, Text("")} }
	text := func(field, value string) []Cell { return kv(field, Text(value)) }
	rows := [][]Cell{
		kv("Assessment ID", Int(a.ID)),
		text("Vendor", a.Vendor.Name),
		kv("Vendor ID", Int(a.Vendor.ID)),
		text("Tier", Words(a.Vendor.Tier)),
		text("Website", a.Vendor.Website),
		{Text("Decision (as recorded)"), Text(Words(a.Vendor.Decision)), Text(a.Vendor.decisionDetail())},
		text("Services bought", serviceList(a.Vendor.Services)),
		text("Questionnaire", strings.TrimSpace(a.Questionnaire+" "+a.QuestionnaireVersion)),
		text("Questionnaire SHA-256", a.QuestionnaireHash),
		text("Status", Words(a.Status)),
		kv("Due on", Date(a.DueOn)),
		kv("Submitted at (UTC)", Time(a.SubmittedAt)),
		text("Submitted by", a.SubmittedBy),
	}
	if r := a.Result; r != nil {
		c := r.Certificate
		rows = append(rows,
			kv("Score", Int(r.Score)),
			text("Rating", Risk(r.Rating)),
		)
		if o := a.Override; o != nil {
			rows = append(rows, Texts("Analyst's rating (override)", o.Summary(), o.Justification))
		}
		rows = append(rows,
			kv("Open red flags", Int(r.OpenRedFlags())),
			kv("Scored at (UTC)", Time(r.ComputedAt)),
			text("Scoring engine", r.EngineVersion),
			text("Certificate status", Words(c.Status)),
			kv("Certificate expires", Date(c.ExpiresOn)),
			text("Certificate scope", c.Scope),
			text("Services covered", strings.Join(c.CoveredServices, "; ")),
			text("Services not covered", strings.Join(c.UncoveredServices, "; ")),
			text("Services uncertain", strings.Join(c.UncertainServices, "; ")),
		)
		for _, cv := range c.Coverage {
			rows = append(rows, Texts("Coverage of "+cv.Service, evidence.FormatFact(evidence.KeyCoverage+cv.Service, cv.Verdict), coverageDetail(cv)))
		}
	} else {
		rows = append(rows, text("Score", "not scored yet"))
	}
	return append(rows, kv("Exported at (UTC)", Time(a.GeneratedAt)))
}

func (e Evidence) readStatus() string {
	if e.ExtractError != "" {
		return e.Status + ": " + e.ExtractError
	}
	return e.Status
}

// detail says where a fact's value came from.
func (f Fact) detail() string {
	var parts []string
	if f.Corrected {
		read := f.Extracted
		if read == "" {
			read = "nothing"
		}
		parts = append(parts, fmt.Sprintf("corrected by %s at %s UTC: %s (read from the file: %s)", f.CorrectedBy, utc(f.CorrectedAt), f.Reason, read))
	}
	if f.Quote != "" {
		parts = append(parts, "quoted: "+f.Quote)
	}
	return strings.Join(parts, "; ")
}

func coverageDetail(cv scope.Coverage) string {
	d := cv.Reason
	if cv.Sentence != "" {
		if d != "" {
			d += ": "
		}
		d += "\u201c" + cv.Sentence + "\u201d"
	}
	return d
}

func serviceList(ss []Service) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = s.Name
		if len(s.Keywords) > 0 {
			parts[i] += " (" + strings.Join(s.Keywords, ", ") + ")"
		}
	}
	return strings.Join(parts, "; ")
}

func ids(ns []uint) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.FormatUint(uint64(n), 10)
	}
	return strings.Join(parts, " ")
}
