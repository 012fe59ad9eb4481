package assessments

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"assay/app/audit"
	"assay/app/config"
	"assay/app/portfolio"
	"assay/app/questionnaire"
	"assay/app/store"
)

// Markers tell the vendor, per question of a reassessment, how the answer relates to the one
// submitted last time.
const (
	// MarkerCarried: the previous answer was copied over and nobody has touched it yet.
	MarkerCarried = "carried"
	// MarkerConfirmed: the vendor saved the same answer again.
	MarkerConfirmed = "confirmed"
	// MarkerChanged: the answer differs from last time.
	MarkerChanged = "changed"
	// MarkerNew: the question was not in the questionnaire version answered last time.
	MarkerNew = "new"
	// MarkerNotCarried: the previous answer no longer fits the question and was left behind.
	MarkerNotCarried = "not_carried"
)

var markerLabels = map[string]string{
	MarkerCarried:    "Carried over — please confirm",
	MarkerConfirmed:  "Confirmed — same as last assessment",
	MarkerChanged:    "Changed since last assessment",
	MarkerNew:        "New question",
	MarkerNotCarried: "Last answer no longer fits this question — please answer again",
}

// Reassessment is what a vendor and an analyst see of the assessment an assessment was
// carried over from: per question, last time's answer and how today's relates to it.
type Reassessment struct {
	PreviousID          uint                      `json:"previous_assessment_id"`
	PreviousSubmittedAt *time.Time                `json:"previous_submitted_at"`
	PreviousVersion     string                    `json:"previous_questionnaire_version"`
	Questions           map[string]QuestionChange `json:"questions"`
	// Changed lists the questions, in questionnaire order, whose answer differs from last time.
	Changed []string `json:"changed"`
}

// QuestionChange relates one question's answer to the previous assessment's.
type QuestionChange struct {
	Marker string `json:"marker"`
	Label  string `json:"label"`
	// Previous is last time's answer as stored, PreviousText as the vendor read it.
	Previous     any    `json:"previous"`
	PreviousText string `json:"previous_text,omitempty"`
	// CurrentText is today's answer as the vendor reads it.
	CurrentText string `json:"current_text,omitempty"`
	// Text is the question, for pages listing changes.
	Text string `json:"-"`
}

// Change returns how question id relates to the previous assessment: nil when this is not a
// reassessment, an empty change when there is nothing to say yet.
func (st State) Change(id string) *QuestionChange {
	if st.Reassessment == nil {
		return nil
	}
	c := st.Reassessment.Questions[id]
	return &c
}

// CarriedBy is the UpdatedBy of an answer copied from an earlier assessment.
func CarriedBy(previousID uint) string {
	return fmt.Sprintf("carried over from assessment #%d", previousID)
}

// carryOver starts a new assessment with the answers of the vendor's last submitted assessment
// of the same questionnaire, keeping only those the new version still accepts. Files are not
// carried: certificates and reports go stale, so the vendor uploads current ones.
func (s *Service) carryOver(ctx context.Context, tx *store.Store, a store.Assessment, def *questionnaire.Definition, actor audit.Actor, now time.Time) error {
	prev, err := tx.LastCompletedAssessment(ctx, a.VendorID, def.ID)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	rows, err := tx.Answers(ctx, prev.ID)
	if err != nil {
		return err
	}
	ids := make([]string, 0, len(rows))
	for id := range rows {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var carried []store.Answer
	var carriedIDs, dropped []string
	by := CarriedBy(prev.ID)
	for _, id := range ids {
		var v any
		if err := json.Unmarshal([]byte(rows[id].Value), &v); err != nil || v == nil {
			continue
		}
		n, err := def.ValidateAnswer(id, v)
		if err != nil || n == nil {
			dropped = append(dropped, id)
			continue
		}
		b, err := json.Marshal(n)
		if err != nil {
			return err
		}
		carried = append(carried, store.Answer{QuestionID: id, Value: string(b), UpdatedBy: by, UpdatedAt: now})
		carriedIDs = append(carriedIDs, id)
	}
	r := store.Reassessment{AssessmentID: a.ID, PreviousAssessmentID: prev.ID, CarriedAnswers: len(carried),
		DroppedAnswers: len(dropped), CreatedAt: now}
	if err := tx.CreateReassessment(ctx, &r, carried); err != nil {
		return err
	}
	return audit.Record(ctx, tx, actor, audit.Event{Action: "assessment.carry_over", ObjectType: "assessment", ObjectID: a.ID,
		Assessment: a.ID, Detail: map[string]any{"previous_assessment_id": prev.ID, "carried": carriedIDs, "dropped": dropped,
			"evidence_carried": false}}, now)
}

// reassessmentOf compares the state's answers with those of the assessment it was carried over
// from; nil for a first assessment.
func (s *Service) reassessmentOf(ctx context.Context, db *store.Store, st State) (*Reassessment, error) {
	link, err := db.Reassessment(ctx, st.Assessment.ID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	prev, err := db.Assessment(ctx, link.PreviousAssessmentID)
	if err != nil {
		return nil, err
	}
	prevDef, err := s.Definition(ctx, prev)
	if err != nil {
		return nil, err
	}
	rows, err := db.Answers(ctx, prev.ID)
	if err != nil {
		return nil, err
	}
	prevValues := map[string]any{}
	for id, r := range rows {
		var v any
		if err := json.Unmarshal([]byte(r.Value), &v); err == nil && v != nil {
			prevValues[id] = v
		}
	}
	re := &Reassessment{PreviousID: prev.ID, PreviousSubmittedAt: prev.SubmittedAt, PreviousVersion: prev.QuestionnaireVersion,
		Questions: map[string]QuestionChange{}, Changed: []string{}}
	carriedBy := CarriedBy(prev.ID)
	for _, q := range st.Definition.Questions() {
		if q.Type == questionnaire.TypeEvidence {
			if _, ok := prevDef.Question(q.ID); !ok {
				re.Questions[q.ID] = change(MarkerNew, nil, q, nil)
			}
			continue
		}
		prevQ, inPrev := prevDef.Question(q.ID)
		if !inPrev {
			re.Questions[q.ID] = change(MarkerNew, nil, q, st.Answers[q.ID].Value)
			continue
		}
		pv, hadPrev := prevValues[q.ID]
		cur, hasRow := st.Answers[q.ID]
		var marker string
		switch {
		case !hasRow && hadPrev:
			marker = MarkerNotCarried
		case !hasRow || (cur.Value == nil && !hadPrev):
			continue
		case sameAnswer(pv, cur.Value) && cur.UpdatedBy == carriedBy:
			marker = MarkerCarried
		case sameAnswer(pv, cur.Value):
			marker = MarkerConfirmed
		default:
			marker = MarkerChanged
			re.Changed = append(re.Changed, q.ID)
		}
		c := change(marker, pv, q, cur.Value)
		c.PreviousText = AnswerText(prevQ, pv)
		re.Questions[q.ID] = c
	}
	return re, nil
}

func change(marker string, prev any, q *questionnaire.Question, cur any) QuestionChange {
	return QuestionChange{Marker: marker, Label: markerLabels[marker], Previous: prev, CurrentText: AnswerText(q, cur), Text: q.Text}
}

// sameAnswer compares two stored answers by their JSON, lists regardless of order.
func sameAnswer(a, b any) bool {
	return canonical(a) == canonical(b)
}

func canonical(v any) string {
	if l, ok := v.([]any); ok {
		parts := make([]string, len(l))
		for i, e := range l {
			parts[i] = fmt.Sprint(e)
		}
		sort.Strings(parts)
		if len(parts) == 0 {
			v = nil
		} else {
			v = parts
		}
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// AnswerText shows a stored answer as the question put it: option labels, Yes or No.
func AnswerText(q *questionnaire.Question, v any) string {
	label := func(id string) string {
		for _, o := range q.Options {
			if o.ID == id {
				return o.Label
			}
		}
		return id
	}
	switch x := v.(type) {
	case nil:
		return ""
	case bool:
		if x {
			return "Yes"
		}
		return "No"
	case string:
		if q.Type == questionnaire.TypeSingle {
			return label(x)
		}
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			parts = append(parts, label(fmt.Sprint(e)))
		}
		return strings.Join(parts, "; ")
	}
	return fmt.Sprint(v)
}

// DueVendor is a vendor due for reassessment.
type DueVendor struct {
	VendorID uint   `json:"vendor_id"`
	Name     string `json:"name"`
	Tier     string `json:"tier"`
	// LastAssessmentID is the last submitted assessment; 0 when the vendor was never assessed.
	LastAssessmentID uint       `json:"last_assessment_id,omitempty"`
	LastSubmittedAt  *time.Time `json:"last_submitted_at"`
	// DueAt is when the next assessment falls due; nil when the vendor was never assessed,
	// which makes it due now.
	DueAt       *time.Time `json:"due_at"`
	DaysOverdue int        `json:"days_overdue"`
}

// NeverAssessed reports whether the vendor has no submitted assessment.
func (d DueVendor) NeverAssessed() bool { return d.LastAssessmentID == 0 }

// DueFilter chooses which due reassessments to list.
type DueFilter struct {
	Now time.Time
	// Within widens the list to vendors falling due up to this long after Now.
	Within time.Duration
	// Tier keeps one tier; empty keeps all.
	Tier string
	// CountLimit caps ReassessmentsDueCount when above zero.
	CountLimit int
}

// CadenceMonths returns the months between assessments by tier.
func (s *Service) CadenceMonths() map[string]int {
	if s.Cadence == nil {
		return config.DefaultCadence()
	}
	return s.Cadence
}

// dueQuery turns a filter into the store's query: a vendor is due by the horizon when its last
// submission is at or before the horizon less its tier's cadence.
func (s *Service) dueQuery(f DueFilter) store.DueQuery {
	horizon := f.Now.Add(f.Within).UTC()
	q := store.DueQuery{Cutoffs: map[string]time.Time{}, Tier: f.Tier, CountLimit: f.CountLimit}
	for tier, months := range s.CadenceMonths() {
		q.Cutoffs[tier] = addMonthsClamped(horizon, -months)
	}
	return q
}

// ReassessmentsDue lists the vendors due for their next assessment by f.Now + f.Within,
// never-assessed vendors first, then the longest overdue. A vendor with an assessment open
// (sent, in progress or returned) is not due.
func (s *Service) ReassessmentsDue(ctx context.Context, f DueFilter) ([]DueVendor, error) {
	rows, err := s.Store.ReassessmentsDue(ctx, s.dueQuery(f))
	if err != nil {
		return nil, err
	}
	cad := s.CadenceMonths()
	out := make([]DueVendor, len(rows))
	for i, r := range rows {
		d := DueVendor{VendorID: r.VendorID, Name: r.VendorName, Tier: r.Tier, LastSubmittedAt: r.LastSubmittedAt}
		if r.LastAssessmentID != nil {
			d.LastAssessmentID = *r.LastAssessmentID
		}
		if r.LastSubmittedAt != nil {
			due := DueDate(*r.LastSubmittedAt, cad[r.Tier])
			d.DueAt = &due
			if late := f.Now.Sub(due); late > 0 {
				d.DaysOverdue = int(late / (24 * time.Hour))
			}
		}
		out[i] = d
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.DueAt == nil) != (b.DueAt == nil) {
			return a.DueAt == nil
		}
		if a.DueAt != nil && !a.DueAt.Equal(*b.DueAt) {
			return a.DueAt.Before(*b.DueAt)
		}
		return a.Name < b.Name
	})
	return out, nil
}

// ReassessmentsDueCount counts the vendors ReassessmentsDue would list, in one query: the
// figure for the dashboard.
func (s *Service) ReassessmentsDueCount(ctx context.Context, f DueFilter) (int64, error) {
	return s.Store.CountReassessmentsDue(ctx, s.dueQuery(f))
}

// DueDate is when an assessment submitted at last falls due again after months: the first
// day on which last lies months back, counting a month from the 31st to the end of a shorter
// month as whole. It agrees with the cutoffs of ReassessmentsDue, so a vendor is listed
// exactly when its due date has come.
func DueDate(last time.Time, months int) time.Time {
	d := last.AddDate(0, months, 0)
	for i := 0; i < 4; i++ {
		prev := d.AddDate(0, 0, -1)
		if addMonthsClamped(prev, -months).Before(last) {
			break
		}
		d = prev
	}
	return d
}

// addMonthsClamped moves t by months, keeping the day of the month unless the target month is
// shorter, in which case it lands on that month's last day (31 March less a month is
// 28 February, never 3 March).
func addMonthsClamped(t time.Time, months int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(months), 1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	last := first.AddDate(0, 1, -1).Day()
	if d > last {
		d = last
	}
	return first.AddDate(0, 0, d-1)
}

// NextAssessment is when a vendor's next assessment falls due, as the reassessments page
// counts it.
type NextAssessment struct {
	// Open is set while an assessment is sent, in progress or returned: nothing falls due then.
	Open bool `json:"open"`
	// DueAt is cadence after the last submission; nil with Open unset means never assessed,
	// so due now.
	DueAt *time.Time `json:"due_at"`
	// Months is the vendor's tier's cadence.
	Months int `json:"cadence_months"`
}

// NextAssessmentOf works out a vendor's next due date from its assessments, with the same
// rules as the vendor_cycles triggers behind ReassessmentsDue.
func (s *Service) NextAssessmentOf(v store.Vendor, as []store.Assessment) NextAssessment {
	n := NextAssessment{Months: s.CadenceMonths()[v.Tier]}
	var last *time.Time
	for _, a := range as {
		if slices.Contains(portfolio.OpenStatuses, a.Status) {
			n.Open = true
		}
		if slices.Contains(portfolio.CompletedStatuses, a.Status) && a.SubmittedAt != nil && (last == nil || a.SubmittedAt.After(*last)) {
			last = a.SubmittedAt
		}
	}
	if !n.Open && last != nil {
		due := DueDate(*last, n.Months)
		n.DueAt = &due
	}
	return n
}
