package reassess

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"strings"
	"time"

	"assay/app/audit"
	"assay/app/evidence"
	"assay/app/model"
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

// CarriedBy is the UpdatedBy of an answer copied from an earlier assessment.
func CarriedBy(previousID uint) string {
	return fmt.Sprintf("carried over from assessment #%d", previousID)
}

// CarryOver starts a new assessment, within tx, with the answers of the vendor's last submitted
// assessment of the same questionnaire, keeping only those the new version still accepts. Files
// are not carried: certificates and reports go stale, so the vendor uploads current ones.
func CarryOver(ctx context.Context, tx *store.Store, a model.Assessment, def *questionnaire.Definition, actor audit.Actor, now time.Time) error {
	prev, err := tx.LastCompletedAssessment(ctx, a.VendorID, def.ID)
	if errors.Is(err, model.ErrNotFound) {
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
	var carried []model.Answer
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
		carried = append(carried, model.Answer{QuestionID: id, Value: string(b), UpdatedBy: by, UpdatedAt: now})
		carriedIDs = append(carriedIDs, id)
	}
	r := model.Reassessment{AssessmentID: a.ID, PreviousAssessmentID: prev.ID, CarriedAnswers: len(carried),
		DroppedAnswers: len(dropped), CreatedAt: now}
	if err := tx.CreateReassessment(ctx, &r, carried); err != nil {
		return err
	}
	return audit.Record(ctx, tx, actor, audit.Event{Action: "assessment.carry_over", ObjectType: "assessment", ObjectID: a.ID,
		Assessment: a.ID, Detail: map[string]any{"previous_assessment_id": prev.ID, "carried": carriedIDs, "dropped": dropped,
			"evidence_carried": false}}, now)
}

// Compare relates the answers of assessment a, pinned to def, to those of the assessment they
// were carried over from, reading through db (which may be a transaction); nil for a first
// assessment. current are a's stored answers by question id.
func (s *Service) Compare(ctx context.Context, db *store.Store, a model.Assessment, def *questionnaire.Definition,
	current map[string]model.Answer) (*Reassessment, error) {
	link, err := db.Reassessment(ctx, a.ID)
	if errors.Is(err, model.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	prev, err := db.Assessment(ctx, link.PreviousAssessmentID)
	if err != nil {
		return nil, err
	}
	prevDef, err := s.questionnaires.PinnedFrom(ctx, db, prev.QuestionnaireHash)
	if err != nil {
		return nil, err
	}
	rows, err := db.Answers(ctx, prev.ID)
	if err != nil {
		return nil, err
	}
	prevValues := map[string]any{}
	for id, r := range rows {
		if v := decode(r); v != nil {
			prevValues[id] = v
		}
	}
	re := &Reassessment{PreviousID: prev.ID, PreviousSubmittedAt: prev.SubmittedAt, PreviousVersion: prev.QuestionnaireVersion,
		Questions: map[string]QuestionChange{}, Changed: []string{}}
	carriedBy := CarriedBy(prev.ID)
	for _, q := range def.Questions() {
		if q.Type == questionnaire.TypeEvidence {
			if _, ok := prevDef.Question(q.ID); !ok {
				re.Questions[q.ID] = change(MarkerNew, nil, q, nil)
			}
			continue
		}
		prevQ, inPrev := prevDef.Question(q.ID)
		if !inPrev {
			re.Questions[q.ID] = change(MarkerNew, nil, q, decode(current[q.ID]))
			continue
		}
		pv, hadPrev := prevValues[q.ID]
		row, hasRow := current[q.ID]
		cur := decode(row)
		var marker string
		switch {
		case !hasRow && hadPrev:
			marker = MarkerNotCarried
		case !hasRow || (cur == nil && !hadPrev):
			continue
		case sameAnswer(pv, cur) && row.UpdatedBy == carriedBy:
			marker = MarkerCarried
		case sameAnswer(pv, cur):
			marker = MarkerConfirmed
		default:
			marker = MarkerChanged
			re.Changed = append(re.Changed, q.ID)
		}
		c := change(marker, pv, q, cur)
		c.PreviousText = AnswerText(prevQ, pv)
		re.Questions[q.ID] = c
	}
	return re, nil
}

// decode reads a stored answer's value; nil when there is none or it is not JSON.
func decode(r model.Answer) any {
	var v any
	if r.Value == "" || json.Unmarshal([]byte(r.Value), &v) != nil {
		return nil
	}
	return v
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

// AnswerText shows a stored answer as the question put it: option labels for choices, and
// Yes or No and numbers as facts are shown.
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
	case string:
		if q.Type == questionnaire.TypeSingle {
			return label(x)
		}
		return x
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			parts = append(parts, label(fmt.Sprint(e)))
		}
		return strings.Join(parts, "; ")
	}
	return evidence.FormatFact("", v)
}
