// Package reminders is the periodic sweep of the analyst's desk: it reminds vendors before and
// after the due date with their link, marks overdue assessments, expires assessments whose
// every link has lapsed, and tells the owning analyst when evidence is about to go out of date.
//
// Every message is claimed first with a row under a unique key (reminder_stamps,
// evidence_notices) in the same transaction that rotates the link and records the mail, so two
// replicas sweeping at the same moment send it once, and a sweep that crashes half way sends
// nothing it cannot redo.
package reminders

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"time"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/invitations"
	"assay/app/mail"
	"assay/app/model"
	"assay/app/notify"
	"assay/app/portfolio"
	"assay/app/store"
	"assay/app/webhooks"
)

// Remindable are the statuses in which a vendor still owes answers and gets reminders: the
// open ones, a returned assessment included, which carries the due date its clarification round
// was given.
var Remindable = portfolio.OpenStatuses

// Expirable are the statuses an assessment expires from when every link has lapsed: a returned
// assessment keeps its earlier result, so it stays returned for the analyst to decide.
var Expirable = []string{model.StatusSent, model.StatusInProgress}

// Schedule says when reminders go out.
type Schedule struct {
	// Before lists days before the due date, such as 7, 3 and 1.
	Before []int
	// OverdueEvery is the gap between reminders once the due date has passed; 0 sends none.
	OverdueEvery time.Duration
}

// DefaultSchedule reminds 7, 3 and 1 days before the due date and every 3 days after it.
var DefaultSchedule = Schedule{Before: []int{7, 3, 1}, OverdueEvery: 72 * time.Hour}

// Service sweeps reminders, overdue marks, expiries and evidence notices.
type Service struct {
	Deps
}

// Deps are what a Service needs; New takes them all at once.
type Deps struct {
	Store       *store.Store
	Assessments *assessments.Reader
	Invitations *invitations.Service
	Mailer      *notify.Mailer
	Log         *slog.Logger
	Schedule    Schedule
	// BaseURL starts the links to Assay's own pages in analysts' notices.
	BaseURL string
	// Webhooks tells subscribed endpoints of certificates about to expire; nil tells none.
	Webhooks *webhooks.Service
}

// New returns a Service ready to run as a sweeper.
func New(d Deps) *Service { return &Service{Deps: d} }

// errAlreadyDone rolls back a claim another sweep made first.
var errAlreadyDone = errors.New("reminders: already handled")

// Sweep does everything due at now. Expiry runs first so an assessment that just lapsed gets
// no reminder; every step is idempotent, so a sweep may be repeated or run on two replicas.
func (s *Service) Sweep(ctx context.Context, now time.Time) error {
	// Only assessments within the earliest reminder of their due date, or with a lapsed link,
	// can need anything.
	lead := 0
	for _, d := range s.Schedule.Before {
		lead = max(lead, d)
	}
	open, err := s.Store.DueAssessments(ctx, Remindable, now.AddDate(0, 0, lead), now)
	if err != nil {
		return err
	}
	ids := idsOf(open, func(a model.Assessment) uint { return a.ID })
	invs, err := s.Store.InvitationsOf(ctx, ids)
	if err != nil {
		return err
	}
	stamps, err := s.Store.ReminderStampsOf(ctx, ids)
	if err != nil {
		return err
	}
	var errs []error
	for _, a := range open {
		if expired, err := s.expire(ctx, a, invs[a.ID], now); err != nil {
			errs = append(errs, fmt.Errorf("expire assessment %d: %w", a.ID, err))
			continue
		} else if expired {
			continue
		}
		if err := s.markOverdue(ctx, a, now); err != nil {
			errs = append(errs, fmt.Errorf("mark assessment %d overdue: %w", a.ID, err))
		}
		if err := s.remind(ctx, a, invs[a.ID], stamps[a.ID], now); err != nil {
			errs = append(errs, fmt.Errorf("remind assessment %d: %w", a.ID, err))
		}
	}
	if err := s.sweepEvidence(ctx, now); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// dueEnd is the moment an assessment becomes overdue: the end of its due day (UTC), as the
// link's grace period counts from there too.
func dueEnd(a model.Assessment) time.Time { return a.DueOn.UTC().AddDate(0, 0, 1) }

// live are the invitations whose links still work at now.
func live(invs []model.Invitation, now time.Time) []model.Invitation {
	var out []model.Invitation
	for _, inv := range invs {
		if inv.RevokedAt == nil && now.Before(inv.ExpiresAt) {
			out = append(out, inv)
		}
	}
	return out
}

// expire moves an open assessment to expired once every link that was not revoked by an
// analyst has run out. All links revoked means an analyst is acting on it: nothing happens.
func (s *Service) expire(ctx context.Context, a model.Assessment, invs []model.Invitation, now time.Time) (bool, error) {
	lapsed := 0
	for _, inv := range invs {
		if inv.RevokedAt != nil {
			continue
		}
		if now.Before(inv.ExpiresAt) {
			return false, nil
		}
		lapsed++
	}
	if lapsed == 0 {
		return false, nil
	}
	var done bool
	err := s.Store.Tx(ctx, func(tx *store.Store) error {
		var err error
		if done, err = tx.ExpireAssessment(ctx, a.ID, Expirable, now); err != nil || !done {
			return err
		}
		if err := tx.RefreshVendorSummary(ctx, a.VendorID); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.System, audit.Event{Action: "assessment.expire", ObjectType: "assessment",
			ObjectID: a.ID, Assessment: a.ID, Detail: map[string]any{"from": a.Status, "links_lapsed": lapsed}}, now)
	})
	return done, err
}

// markOverdue stamps an assessment overdue once its due day has passed.
func (s *Service) markOverdue(ctx context.Context, a model.Assessment, now time.Time) error {
	if a.OverdueAt != nil || now.Before(dueEnd(a)) {
		return nil
	}
	return s.Store.Tx(ctx, func(tx *store.Store) error {
		done, err := tx.MarkOverdue(ctx, a.ID, Remindable, now)
		if err != nil || !done {
			return err
		}
		return audit.Record(ctx, tx, audit.System, audit.Event{Action: "assessment.overdue", ObjectType: "assessment",
			ObjectID: a.ID, Assessment: a.ID, Detail: map[string]any{"due_on": a.DueOn.Format("2006-01-02")}}, now)
	})
}

// threshold is one moment a reminder is due.
type threshold struct {
	Key     string
	At      time.Time
	Overdue bool
}

// thresholds lists an assessment's reminder moments that have passed by now, oldest first.
// Moments before the assessment was sent never count, and overdue reminders stop with the last
// working link. The due date is part of each key, so a new due date starts a new series.
func (s *Service) thresholds(a model.Assessment, lastLink, now time.Time) []threshold {
	due := a.DueOn.Format("2006-01-02")
	var ts []threshold
	add := func(t threshold) {
		if t.At.After(a.CreatedAt) && !t.At.After(now) {
			ts = append(ts, t)
		}
	}
	for _, d := range s.Schedule.Before {
		add(threshold{Key: fmt.Sprintf("before-%dd@%s", d, due), At: a.DueOn.UTC().AddDate(0, 0, -d)})
	}
	if every := s.Schedule.OverdueEvery; every > 0 {
		for k := 1; ; k++ {
			at := dueEnd(a).Add(time.Duration(k) * every)
			if at.After(now) || !at.Before(lastLink) {
				break
			}
			add(threshold{Key: fmt.Sprintf("after-%dh@%s", int((time.Duration(k) * every).Hours()), due), At: at, Overdue: true})
		}
	}
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].At.Before(ts[j].At) })
	return ts
}

// remind sends the latest passed reminder not yet handled, and stamps the earlier unhandled
// ones as skipped, so a sweep that was down for days sends one message, not a burst.
func (s *Service) remind(ctx context.Context, a model.Assessment, invs []model.Invitation, stamps map[string]model.ReminderStamp, now time.Time) error {
	links := live(invs, now)
	if len(links) == 0 {
		return nil
	}
	var lastLink time.Time
	for _, inv := range links {
		if inv.ExpiresAt.After(lastLink) {
			lastLink = inv.ExpiresAt
		}
	}
	passed := s.thresholds(a, lastLink, now)
	if len(passed) == 0 {
		return nil
	}
	latest := passed[len(passed)-1]
	if _, done := stamps[latest.Key]; done {
		return nil
	}
	var skipped []string
	for _, t := range passed[:len(passed)-1] {
		if _, done := stamps[t.Key]; !done {
			skipped = append(skipped, t.Key)
		}
	}
	st, err := s.Assessments.State(ctx, a.ID)
	if err != nil {
		return err
	}
	// A returned assessment owes answers to the analyst's questions, not required ones.
	left := remaining{required: len(st.Missing)}
	if a.Status == model.StatusReturned {
		reviews, err := s.Store.QuestionReviews(ctx, a.ID)
		if err != nil {
			return err
		}
		left.returned = true
		for _, r := range reviews {
			if r.State == model.ReviewClarification {
				left.clarifications++
			}
		}
	}
	var outbox []delivery
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		outbox = nil
		if open, err := tx.HoldOpenAssessment(ctx, a.ID, Remindable); err != nil || !open {
			if err == nil {
				err = errAlreadyDone
			}
			return err
		}
		stamp := &model.ReminderStamp{AssessmentID: a.ID, Threshold: latest.Key, Outcome: model.StampSent, At: now}
		claimed, err := tx.ClaimReminder(ctx, stamp)
		if err != nil {
			return err
		}
		if !claimed {
			return errAlreadyDone
		}
		for _, k := range skipped {
			if _, err := tx.ClaimReminder(ctx, &model.ReminderStamp{AssessmentID: a.ID, Threshold: k, Outcome: model.StampSkipped, At: now}); err != nil {
				return err
			}
		}
		// Read the links again under the claim: another sweep may have rotated them.
		invs, err := tx.Invitations(ctx, a.ID)
		if err != nil {
			return err
		}
		var sent []string
		for _, inv := range live(invs, now) {
			next := "/respond"
			if left.returned {
				next = invitations.ClarifyNext
			}
			link, rotated, err := s.Invitations.LinkTx(ctx, tx, &inv, next)
			if err != nil {
				return err
			}
			msg := reminderMail(a, inv, latest, left, link, rotated, now)
			msg.Text += s.Invitations.Signature()
			rec, err := s.Mailer.Record(ctx, tx, msg, link)
			if err != nil {
				return err
			}
			outbox = append(outbox, delivery{rec, msg, link})
			sent = append(sent, inv.Email)
		}
		if err := tx.SetReminderRecipients(ctx, stamp.ID, len(sent)); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.System, audit.Event{Action: "assessment.remind", ObjectType: "assessment",
			ObjectID: a.ID, Assessment: a.ID, Detail: map[string]any{"threshold": latest.Key, "recipients": sent,
				"skipped": skipped, "unanswered_required": left.required, "clarifications_open": left.clarifications}}, now)
	})
	return s.deliverUnlessDone(ctx, err, outbox)
}

// delivery is a message committed to the outbox, to send over SMTP after the commit: a slow
// mail server must not hold the claim's transaction (and SQLite's one writer) open.
type delivery struct {
	rec    model.Mail
	msg    mail.Message
	secret string
}

// deliver sends committed messages. A failure is recorded on the message and logged; the
// message stays in the outbox for an admin to read, and the claim stands, so it is never
// sent twice.
func (s *Service) deliver(ctx context.Context, outbox []delivery) {
	for _, d := range outbox {
		if _, err := s.Mailer.Deliver(ctx, d.rec, d.msg, d.secret); err != nil {
			s.Log.Error("deliver reminder mail", "mail_id", d.rec.ID, "error", err)
		}
	}
}

// remaining is what the vendor still owes, for the reminder's wording.
type remaining struct {
	required       int  // required questions unanswered
	returned       bool // the analyst sent the assessment back for clarification
	clarifications int  // questions awaiting the vendor's clarification
}

// reminderMail words a reminder for one recipient.
func reminderMail(a model.Assessment, inv model.Invitation, t threshold, left remaining, link string, rotated bool, now time.Time) mail.Message {
	vendor, greeting := invitations.VendorName(a), invitations.Greeting(inv)
	var b strings.Builder
	due := a.DueOn.Format("Monday 2 January 2006")
	subject := "Reminder: security questionnaire for " + vendor
	b.WriteString(greeting + "\n\n")
	if t.Overdue {
		subject = "Overdue: security questionnaire for " + vendor
		fmt.Fprintf(&b, "The security questionnaire for %s was due on %s and has not been submitted yet.\n", vendor, due)
	} else {
		days := int(a.DueOn.UTC().Sub(now.UTC().Truncate(24*time.Hour)).Hours() / 24)
		when := fmt.Sprintf("in %d days", days)
		switch {
		case days <= 0:
			when = "today"
		case days == 1:
			when = "tomorrow"
		}
		fmt.Fprintf(&b, "A friendly nudge: the security questionnaire for %s is due %s, on %s.\n", vendor, when, due)
	}
	switch {
	case left.returned && left.clarifications == 1:
		b.WriteString("Our analyst asked for clarification on one question; answer it and submit again.\n")
	case left.returned && left.clarifications > 1:
		fmt.Fprintf(&b, "Our analyst asked for clarification on %d questions; answer them and submit again.\n", left.clarifications)
	case left.returned:
		b.WriteString("Our analyst's questions are answered; all that is left is to submit again.\n")
	case left.required == 0:
		b.WriteString("Every required question has an answer; all that is left is to review and submit.\n")
	case left.required == 1:
		b.WriteString("One required question still needs an answer.\n")
	default:
		fmt.Fprintf(&b, "%d required questions still need an answer.\n", left.required)
	}
	fmt.Fprintf(&b, `
Carry on where you left off with your link:

  %s

The link works until %s. %s
`, link, inv.ExpiresAt.Format("2 January 2006"), invitations.EarlierLinks(rotated))
	return mail.Message{To: inv.Email, Subject: subject, Text: b.String()}
}

// idsOf lists the ids of xs, in their order, for queries that take many at once.
func idsOf[T any](xs []T, id func(T) uint) []uint {
	out := make([]uint, len(xs))
	for i, x := range xs {
		out[i] = id(x)
	}
	return out
}

// deliverUnlessDone sends what a committed transaction put in the outbox: nothing when another
// sweep had already done the work (errAlreadyDone), the error when the transaction failed.
func (s *Service) deliverUnlessDone(ctx context.Context, err error, outbox []delivery) error {
	if errors.Is(err, errAlreadyDone) {
		return nil
	}
	if err != nil {
		return err
	}
	s.deliver(ctx, outbox)
	return nil
}
