package responses

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/report"
	"assay/app/store"
	"assay/app/validate"
)

// maxNote is the longest comment or reason a vendor may leave on one question.
const maxNote = 2000

// NoteInput is the vendor's comment on one question and, where the questionnaire allows it,
// "not applicable" with the comment as the reason. An empty comment without the mark removes
// the note.
type NoteInput struct {
	Comment       string `json:"comment"`
	NotApplicable bool   `json:"not_applicable"`
}

// SaveNote keeps the vendor's note on question qid while the answers can change (on a returned
// assessment, only on the questions open to the vendor), audited as answer.note.
func (s *Service) SaveNote(ctx context.Context, assessmentID uint, qid string, in NoteInput, actor audit.Actor) (assessments.State, error) {
	in.Comment = strings.TrimSpace(in.Comment)
	var st assessments.State
	// Everything is decided under the assessment's lock: a note never lands on submitted answers.
	err := s.store.Tx(ctx, func(tx *store.Store) error {
		var err error
		if st, err = s.assessments.LockedState(ctx, tx, assessmentID); err != nil {
			return err
		}
		q, ok := st.Definition.Question(qid)
		if !ok {
			return model.ErrNotFound
		}
		switch {
		case in.NotApplicable && !q.AllowNA:
			return &validate.Error{Fields: map[string]string{"not_applicable": "This question cannot be marked not applicable; answer it instead."}}
		case in.NotApplicable && in.Comment == "":
			return &validate.Error{Fields: map[string]string{"comment": "Say why the question does not apply to you."}}
		case utf8.RuneCountInString(in.Comment) > maxNote:
			return &validate.Error{Fields: map[string]string{"comment": fmt.Sprintf("Keep the comment under %d characters.", maxNote)}}
		}
		if err := assessments.Changeable(st.Assessment); err != nil {
			return err
		}
		if err := s.admitChanges(ctx, tx, st, actor, qid); err != nil {
			return err
		}
		now := s.now()
		n := model.AnswerNote{AssessmentID: assessmentID, QuestionID: qid, Comment: in.Comment, NotApplicable: in.NotApplicable,
			UpdatedBy: actor.Label, UpdatedAt: now}
		if err := tx.SaveAnswerNote(ctx, &n); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, actor, audit.Event{Action: "answer.note", ObjectType: "answer_note", ObjectID: n.ID,
			Assessment: assessmentID, Detail: map[string]any{"question_id": qid, "comment": in.Comment, "not_applicable": in.NotApplicable}}, now); err != nil {
			return err
		}
		return start(ctx, tx, st.Assessment)
	})
	if err != nil {
		return st, err
	}
	return s.assessments.State(ctx, assessmentID)
}

// ErrNotSubmitted means there are no submitted answers to copy yet.
var ErrNotSubmitted = errors.New("responses: the answers have not been submitted yet")

// AnswersCopy is the vendor's copy of the answers as submitted, for the PDF: every visible
// question with its answer in words (files by name and SHA-256) and the vendor's note.
func (s *Service) AnswersCopy(ctx context.Context, assessmentID uint, now time.Time) (report.AnswersCopy, error) {
	st, err := s.assessments.State(ctx, assessmentID)
	if err != nil {
		return report.AnswersCopy{}, err
	}
	a := st.Assessment
	if a.SubmittedAt == nil {
		return report.AnswersCopy{}, ErrNotSubmitted
	}
	c := report.AnswersCopy{AssessmentID: a.ID, Title: st.Definition.Title, Questionnaire: a.QuestionnaireID,
		QuestionnaireVersion: a.QuestionnaireVersion, SubmittedAt: *a.SubmittedAt, SubmittedBy: a.SubmittedBy, GeneratedAt: now}
	if a.Vendor != nil {
		c.Vendor = a.Vendor.Name
	}
	visible := map[string]bool{}
	for _, id := range st.Visible {
		visible[id] = true
	}
	files := map[string][]string{}
	for _, e := range st.Evidence {
		files[e.QuestionID] = append(files[e.QuestionID], fmt.Sprintf("%s (%s, sha256 %s)", e.Filename, report.FormatSize(e.Size), e.SHA256))
	}
	for _, sec := range st.Definition.Sections {
		out := report.AnswerSection{Title: sec.Title}
		for _, q := range sec.Questions {
			if !visible[q.ID] {
				continue
			}
			it := report.AnswerItem{Question: q.Text, Answer: "Not answered"}
			if q.Type == questionnaire.TypeEvidence {
				if fs := files[q.ID]; len(fs) > 0 {
					it.Answer = strings.Join(fs, "\n")
				} else {
					it.Answer = "No file"
				}
			} else if ans, ok := st.Answers[q.ID]; ok && ans.Value != nil {
				it.Answer = reassess.AnswerText(q, ans.Value)
			}
			if n := st.Notes[q.ID]; n.NotApplicable {
				it.Answer, it.Note = "Not applicable", "Why: "+n.Comment
			} else if n.Comment != "" {
				it.Note = "Comment: " + n.Comment
			}
			out.Items = append(out.Items, it)
		}
		if len(out.Items) > 0 {
			c.Sections = append(c.Sections, out)
		}
	}
	return c, nil
}
