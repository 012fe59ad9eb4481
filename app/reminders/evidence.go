package reminders

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"assay/app/audit"
	"assay/app/evidence"
	"assay/app/invitations"
	"assay/app/mail"
	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/store"
	"assay/app/webhooks"
)

// Evidence notice kinds.
const (
	NoticeCertificateExpiry = "certificate_expiry"
	NoticeReportStale       = "report_stale"
)

// NoticeLead is how long before a file lapses the owning analyst hears of it first.
const NoticeLead = 30 * 24 * time.Hour

// reportWindows is how long, in days, a dated report stays current: the same limits as the
// stale-* red-flag rules of questionnaires/iso27001-a5.4.yaml, so the notice comes before the
// flag and the flag appears on the day the notice says. Review minutes depend on the stated
// cadence; cadences without a window (none, ad hoc) raise no notice.
var reportWindows = map[string]struct {
	date  func(evidence.Facts) evidence.Fact[evidence.Date]
	what  string
	days  func(answers questionnaire.Answers) int
	label string
}{
	evidence.QuestionTrainingReport: {func(f evidence.Facts) evidence.Fact[evidence.Date] {
		if f.Training == nil {
			return evidence.Fact[evidence.Date]{}
		}
		return f.Training.NewestCompletion
	}, "training completion report", func(questionnaire.Answers) int { return 365 }, "shows its newest completion on"},
	evidence.QuestionAcknowledgements: {func(f evidence.Facts) evidence.Fact[evidence.Date] {
		if f.Acknowledgements == nil {
			return evidence.Fact[evidence.Date]{}
		}
		return f.Acknowledgements.NewestSignature
	}, "policy acknowledgement log", func(questionnaire.Answers) int { return 365 }, "shows its newest signature on"},
	evidence.QuestionReviewMinutes: {func(f evidence.Facts) evidence.Fact[evidence.Date] {
		if f.Minutes == nil {
			return evidence.Fact[evidence.Date]{}
		}
		return f.Minutes.MeetingDate
	}, "management review minutes", func(a questionnaire.Answers) int {
		switch a[evidence.QuestionReviewCadence] {
		case "quarterly":
			return 120
		case "semiannual":
			return 200
		case "annual":
			return 400
		}
		return 0
	}, "record a meeting on"},
}

// lapse is one file's date of going out of date.
type lapse struct {
	Kind  string
	On    time.Time
	What  string
	Dated time.Time // the fact's own date, for the message
	// Label says what the date is, as "shows its newest signature on".
	Label string
	// Plural names take plural verbs ("minutes are").
	Plural bool
}

// lapseOf works out when a file goes out of date, from its facts with analysts' corrections.
func lapseOf(e model.Evidence, answers questionnaire.Answers) (lapse, bool) {
	f := e.EffectiveFacts()
	if e.QuestionID == evidence.QuestionCertificate {
		if f.Certificate == nil || !f.Certificate.ExpiresOn.Known {
			return lapse{}, false
		}
		on, ok := f.Certificate.ExpiresOn.Value.Time()
		return lapse{Kind: NoticeCertificateExpiry, On: on, What: "ISO/IEC 27001 certificate", Dated: on}, ok
	}
	w, known := reportWindows[e.QuestionID]
	if !known {
		return lapse{}, false
	}
	date := w.date(f)
	dated, ok := date.Value.Time()
	days := w.days(answers)
	if !date.Known || !ok || days == 0 {
		return lapse{}, false
	}
	// The stale-* rules fire once the age in whole days exceeds the window.
	return lapse{Kind: NoticeReportStale, On: dated.AddDate(0, 0, days+1), What: w.what, Dated: dated, Label: w.label,
		Plural: e.QuestionID == evidence.QuestionReviewMinutes}, true
}

// sweepEvidence raises the notices due on the evidence of each vendor's newest submitted
// assessment; older assessments' files were replaced by it.
func (s *Service) sweepEvidence(ctx context.Context, now time.Time) error {
	newest, err := s.Store.LatestAssessmentsInStatus(ctx, []string{model.StatusSubmitted, model.StatusScored})
	if err != nil {
		return err
	}
	byID := map[uint]model.Assessment{}
	for _, a := range newest {
		byID[a.ID] = a
	}
	files, err := s.Store.EvidenceOf(ctx, idsOf(newest, func(a model.Assessment) uint { return a.ID }), []string{evidence.QuestionCertificate, evidence.QuestionTrainingReport,
		evidence.QuestionAcknowledgements, evidence.QuestionReviewMinutes})
	if err != nil {
		return err
	}
	handled, err := s.Store.EvidenceNoticeKeys(ctx, idsOf(files, func(f model.Evidence) uint { return f.ID }))
	if err != nil {
		return err
	}
	answers := map[uint]questionnaire.Answers{}
	var errs []error
	for _, f := range files {
		if f.Status != model.EvidenceExtracted && len(f.Corrections) == 0 {
			continue
		}
		a := byID[f.AssessmentID]
		if _, ok := answers[a.ID]; !ok && f.QuestionID == evidence.QuestionReviewMinutes {
			if answers[a.ID], err = s.answers(ctx, a.ID); err != nil {
				errs = append(errs, err)
				continue
			}
		}
		l, ok := lapseOf(f, answers[a.ID])
		if !ok {
			continue
		}
		if err := s.notice(ctx, a, f, l, handled, now); err != nil {
			errs = append(errs, fmt.Errorf("evidence %d notice: %w", f.ID, err))
		}
	}
	return errors.Join(errs...)
}

func (s *Service) answers(ctx context.Context, assessmentID uint) (questionnaire.Answers, error) {
	rows, err := s.Store.Answers(ctx, assessmentID)
	if err != nil {
		return nil, err
	}
	out := questionnaire.Answers{}
	for id, r := range rows {
		var v any
		if err := json.Unmarshal([]byte(r.Value), &v); err != nil {
			return nil, err
		}
		out[id] = v
	}
	return out, nil
}

// notice sends the latest passed notice of a file that is not handled yet: 30 days before it
// lapses and on the day. Moments before the file was uploaded never count: the red flags
// already tell the analyst about a file that arrived stale.
func (s *Service) notice(ctx context.Context, a model.Assessment, f model.Evidence, l lapse, handled map[string]bool, now time.Time) error {
	day := l.On.Format("2006-01-02")
	type point struct {
		key string
		at  time.Time
	}
	var passed []point
	for _, p := range []point{{"30d@" + day, l.On.Add(-NoticeLead)}, {"0d@" + day, l.On}} {
		if p.at.After(f.CreatedAt) && !p.at.After(now) {
			passed = append(passed, p)
		}
	}
	if len(passed) == 0 || handled[model.NoticeKey(f.ID, l.Kind, passed[len(passed)-1].key)] {
		return nil
	}
	latest := passed[len(passed)-1]
	to, err := s.owner(ctx, a)
	if err != nil {
		return err
	}
	var outbox []delivery
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		claimed, err := tx.ClaimEvidenceNotice(ctx, &model.EvidenceNotice{AssessmentID: a.ID, EvidenceID: f.ID, Kind: l.Kind,
			Threshold: latest.key, LapsesOn: l.On, Outcome: model.StampSent, Recipient: to.Email, At: now})
		if err != nil {
			return err
		}
		if !claimed {
			return errAlreadyDone
		}
		var skipped []string
		for _, p := range passed[:len(passed)-1] {
			if handled[model.NoticeKey(f.ID, l.Kind, p.key)] {
				continue
			}
			skipped = append(skipped, p.key)
			if _, err := tx.ClaimEvidenceNotice(ctx, &model.EvidenceNotice{AssessmentID: a.ID, EvidenceID: f.ID, Kind: l.Kind,
				Threshold: p.key, LapsesOn: l.On, Outcome: model.StampSkipped, At: now}); err != nil {
				return err
			}
		}
		msg := s.noticeMail(a, f, l, to, now)
		rec, err := s.Mailer.Record(ctx, tx, msg, "")
		if err != nil {
			return err
		}
		outbox = []delivery{{rec, msg, ""}}
		if err := audit.Record(ctx, tx, audit.System, audit.Event{Action: "evidence.notice", ObjectType: "evidence", ObjectID: f.ID,
			Assessment: a.ID, Detail: map[string]any{"kind": l.Kind, "threshold": latest.key, "lapses_on": day,
				"to": to.Email, "skipped": skipped}}, now); err != nil {
			return err
		}
		if l.Kind != NoticeCertificateExpiry {
			return nil
		}
		return s.Webhooks.EmitTx(ctx, tx, model.EventCertificateExpiring, webhooks.Expiring(f, l.On, now))
	})
	return s.deliverUnlessDone(ctx, err, outbox)
}

// owner is the analyst who hears about a vendor's evidence: the vendor's owner, else whoever
// sent the assessment.
func (s *Service) owner(ctx context.Context, a model.Assessment) (model.User, error) {
	if a.Vendor != nil && a.Vendor.OwnerID != nil {
		if u, err := s.Store.User(ctx, *a.Vendor.OwnerID); err == nil && !u.Disabled {
			return u, nil
		} else if err != nil && !errors.Is(err, model.ErrNotFound) {
			return model.User{}, err
		}
	}
	return s.Store.User(ctx, a.SentByID)
}

// noticeMail words an evidence notice for the owning analyst.
func (s *Service) noticeMail(a model.Assessment, f model.Evidence, l lapse, to model.User, now time.Time) mail.Message {
	vendor := invitations.VendorName(a)
	on := l.On.Format("2 January 2006")
	today := !now.Before(l.On)
	var subject, body string
	switch {
	case l.Kind == NoticeCertificateExpiry && today:
		subject = fmt.Sprintf("%s: ISO 27001 certificate expires today", vendor)
		body = fmt.Sprintf("The ISO/IEC 27001 certificate %s supplied (%s) expires on %s. From then on it no longer "+
			"shows that their security management is certified; ask them for the renewed certificate.", vendor, f.Filename, on)
	case l.Kind == NoticeCertificateExpiry:
		subject = fmt.Sprintf("%s: ISO 27001 certificate expires on %s", vendor, on)
		body = fmt.Sprintf("The ISO/IEC 27001 certificate %s supplied (%s) expires on %s, in 30 days. "+
			"Now is a good time to ask them whether the renewal audit has taken place.", vendor, f.Filename, on)
	case today:
		subject = fmt.Sprintf("%s: %s %s out of date", vendor, l.What, verb(l.Plural, "is", "are"))
		body = fmt.Sprintf("The %s %s supplied (%s) %s %s. From %s %s too old to show that the practice "+
			"is still running; ask them for a current copy.", l.What, vendor, f.Filename, l.Label,
			l.Dated.Format("2 January 2006"), on, verb(l.Plural, "it is", "they are"))
	default:
		subject = fmt.Sprintf("%s: %s %s out of date on %s", vendor, l.What, verb(l.Plural, "goes", "go"), on)
		body = fmt.Sprintf("The %s %s supplied (%s) %s %s. On %s, in 30 days, %s too old to count as "+
			"current; ask them for a newer copy before then.", l.What, vendor, f.Filename, l.Label,
			l.Dated.Format("2 January 2006"), on, verb(l.Plural, "it becomes", "they become"))
	}
	name := to.Name
	if name == "" {
		name = to.Email
	}
	text := fmt.Sprintf("Hello %s,\n\n%s\n\nAssessment: %s/assessments/%d\n", name, body, s.BaseURL, a.ID)
	return mail.Message{To: to.Email, Subject: subject, Text: text}
}

func verb(plural bool, one, many string) string {
	if plural {
		return many
	}
	return one
}
