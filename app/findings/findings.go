// Package findings turns red flags into findings that analysts track to closure with the
// vendor, and records decisions about vendors.
//
// A finding is made when a scored assessment raises a red flag, in the transaction that stores
// the result; it is closed, never deleted, when a rescore no longer raises it. Analysts set its
// owner and due date, share it with the vendor (who responds through the invitation link),
// close it with a note or accept the risk until a date, after which Sweep opens it again.
package findings

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"assay/app/audit"
	"assay/app/invitations"
	"assay/app/model"
	"assay/app/storage"
	"assay/app/store"
	"assay/app/validate"
	"assay/app/webhooks"
)

// Errors the handlers turn into statuses.
var (
	// ErrTransition means the finding's status does not allow the action, such as closing a
	// finding that is already closed.
	ErrTransition = errors.New("findings: the finding's status does not allow this")
)

// DefaultDueDays is how many days a new finding has for each severity.
var DefaultDueDays = map[string]int{"critical": 14, "high": 30, "medium": 60, "low": 90}

// Statuses lists finding statuses in the order the list filter offers them.
var Statuses = []string{model.FindingOpen, model.FindingVendorResponded, model.FindingRiskAccepted, model.FindingClosed}

// Severities lists flag severities, most severe first.
var Severities = []string{"critical", "high", "medium", "low"}

const (
	maxText           = 4000
	maxRiskAcceptance = 3 * 365 * 24 * time.Hour
)

// Service holds the findings workflow's dependencies.
type Service struct {
	Deps
}

// Deps are what a Service needs; New takes them all at once.
type Deps struct {
	Store       *store.Store
	Invitations *invitations.Service
	Evidence    storage.Storage
	Log         *slog.Logger
	Now         func() time.Time
	// MaxUploadBytes caps one file sent with a vendor's response.
	MaxUploadBytes int64
	// DueDays overrides DefaultDueDays by severity.
	DueDays map[string]int
	// Webhooks tells subscribed endpoints of findings opened and closed, and of decisions;
	// nil tells none.
	Webhooks *webhooks.Service
}

// New returns a Service ready to sync, track and close findings.
func New(d Deps) *Service { return &Service{Deps: d} }

func (s *Service) dueFor(severity string, now time.Time) time.Time {
	days, ok := s.DueDays[severity]
	if !ok {
		if days, ok = DefaultDueDays[severity]; !ok {
			days = DefaultDueDays["low"]
		}
	}
	return day(now).AddDate(0, 0, days)
}

// day is the UTC midnight starting t's day; due dates are whole days.
func day(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func unresolved(status string) bool {
	return status == model.FindingOpen || status == model.FindingVendorResponded
}

// Sync brings an assessment's findings in line with a new result: a finding is made for each
// red flag without one, a finding the system closed is opened again if its flag returns, and
// any finding not yet closed whose flag no longer fires is closed with a note. It runs in the
// scoring transaction (pipeline.Deps.Findings); rescoring the same flags changes nothing.
func (s *Service) Sync(ctx context.Context, tx *store.Store, a model.Assessment, r model.Result) error {
	existing, err := tx.AssessmentFindings(ctx, a.ID)
	if err != nil {
		return err
	}
	byFlag := make(map[string]model.Finding, len(existing))
	for _, f := range existing {
		byFlag[f.FlagID] = f
	}
	now := r.ComputedAt
	firing := map[string]bool{}
	var owner *uint
	if v, err := tx.Vendor(ctx, a.VendorID); err == nil && v.OwnerID != nil {
		owner = v.OwnerID
	} else if err != nil {
		return err
	} else if a.SentByID != 0 {
		id := a.SentByID
		owner = &id
	}
	for _, flag := range r.RedFlags {
		firing[flag.ID] = true
		f, ok := byFlag[flag.ID]
		switch {
		case !ok:
			f = model.Finding{AssessmentID: a.ID, VendorID: a.VendorID, FlagID: flag.ID, Severity: flag.Severity, Title: flag.Title,
				Explanation: flag.Explanation, Status: model.FindingOpen, OwnerID: owner, DueOn: s.dueFor(flag.Severity, now),
				CreatedAt: now, UpdatedAt: now}
			if err := tx.CreateFinding(ctx, &f); err != nil {
				return err
			}
			if err := s.event(ctx, tx, audit.System, f, "finding.create", now, map[string]any{"flag": f.FlagID,
				"severity": f.Severity, "due_on": f.DueOn.Format(time.DateOnly), "result_id": r.ID}); err != nil {
				return err
			}
		case f.Status == model.FindingClosed && f.ClosedBy == model.ClosedBySystem:
			err := s.transition(ctx, tx, audit.System, f, "finding.reopen", now, map[string]any{"status": model.FindingOpen,
				"closed_at": nil, "closed_by": ""}, "The red flag fires again after the assessment was rescored; the finding is open again.",
				model.FindingClosed)
			if err != nil {
				return err
			}
		}
	}
	for _, f := range existing {
		if firing[f.FlagID] || f.Status == model.FindingClosed {
			continue
		}
		err := s.transition(ctx, tx, audit.System, f, "finding.auto_close", now, map[string]any{"status": model.FindingClosed,
			"closed_at": now, "closed_by": model.ClosedBySystem},
			"The red flag no longer fires after the assessment was rescored on "+now.UTC().Format("2 January 2006")+"; closed automatically.",
			f.Status)
		if err != nil {
			return err
		}
	}
	return nil
}

// transition moves a finding from one of from to the columns in cols, adds a system note to
// its thread and audits it; it runs inside tx.
func (s *Service) transition(ctx context.Context, tx *store.Store, actor audit.Actor, f model.Finding, action string, now time.Time,
	cols map[string]any, note string, from ...string) error {
	cols["updated_at"] = now
	if err := tx.UpdateFinding(ctx, f, cols, from...); err != nil {
		if errors.Is(err, model.ErrConflict) {
			return ErrTransition
		}
		return err
	}
	if note != "" {
		kind, author := model.MessageSystem, "Assay"
		if actor.Type != audit.ActorSystem {
			kind, author = model.MessageNote, actor.Label
		}
		if err := tx.AddFindingMessage(ctx, &model.FindingMessage{FindingID: f.ID, Kind: kind, AuthorType: actor.Type, Author: author,
			Body: note, CreatedAt: now}); err != nil {
			return err
		}
	}
	detail := map[string]any{"from": f.Status}
	for k, v := range cols {
		if k != "updated_at" {
			detail[k] = v
		}
	}
	if note != "" {
		detail["note"] = note
	}
	if err := s.event(ctx, tx, actor, f, action, now, detail); err != nil {
		return err
	}
	// A red flag counts as open while its finding does (portfolio.FlagOpen), so the vendor's
	// counts change with the finding's status, in the same transaction.
	return tx.RefreshVendorSummary(ctx, f.VendorID)
}

func (s *Service) event(ctx context.Context, tx *store.Store, actor audit.Actor, f model.Finding, action string, now time.Time,
	detail map[string]any) error {
	detail["flag"] = f.FlagID
	if err := audit.Record(ctx, tx, actor, audit.Event{Action: action, ObjectType: "finding", ObjectID: f.ID, Assessment: f.AssessmentID,
		Detail: detail}, now); err != nil {
		return err
	}
	if event, ok := findingEvents[action]; ok {
		status := model.FindingOpen
		if event == model.EventFindingClosed {
			status = model.FindingClosed
		}
		return s.Webhooks.EmitTx(ctx, tx, event, webhooks.Finding(f, status, actor.Label))
	}
	return nil
}

// findingEvents are the webhook events of the audited actions that open or close a finding.
var findingEvents = map[string]string{"finding.create": model.EventFindingOpened, "finding.reopen": model.EventFindingOpened,
	"finding.close": model.EventFindingClosed, "finding.auto_close": model.EventFindingClosed}

// UpdateInput is an analyst's change of a finding's owner and due date.
type UpdateInput struct {
	OwnerID uint   `json:"owner_id"`
	DueDate string `json:"due_date"`
}

// Update sets a finding's owner and due date.
func (s *Service) Update(ctx context.Context, id uint, in UpdateInput, actor audit.Actor) (model.Finding, error) {
	f, verr, err := s.withStaff(ctx, id, in.OwnerID, "owner_id", "owner")
	if err != nil {
		return f, err
	}
	now := s.Now()
	due := dateField{name: "due_date", missing: "Enter a due date.", malformed: "Enter the due date as YYYY-MM-DD.",
		early: "Choose today or a later date.", late: "Choose a date within two years."}.
		read(in.DueDate, day(now), now.AddDate(2, 0, 0), verr)
	if err := verr.Err(); err != nil {
		return f, err
	}
	if f.Status == model.FindingClosed {
		return f, ErrTransition
	}
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		err := tx.UpdateFinding(ctx, f, map[string]any{"owner_id": in.OwnerID, "due_on": due, "updated_at": now},
			model.FindingOpen, model.FindingVendorResponded, model.FindingRiskAccepted)
		if errors.Is(err, model.ErrConflict) {
			return ErrTransition
		}
		if err != nil {
			return err
		}
		old := ""
		if f.OwnerID != nil {
			old = fmt.Sprint(*f.OwnerID)
		}
		return s.event(ctx, tx, actor, f, "finding.update", now, map[string]any{"owner_id": in.OwnerID, "owner_id_was": old,
			"due_on": due.Format(time.DateOnly), "due_on_was": f.DueOn.Format(time.DateOnly)})
	})
	if err != nil {
		return f, err
	}
	return s.Store.Finding(ctx, f.ID)
}

// withStaff loads the finding a change is made to and checks the staff member the change names
// (an owner, an approver): a message about them is in the returned list, for the change's
// other fields to join.
func (s *Service) withStaff(ctx context.Context, id, staffID uint, field, what string) (model.Finding, *validate.Error, error) {
	f, err := s.Store.Finding(ctx, id)
	if err != nil {
		return f, nil, err
	}
	verr := &validate.Error{}
	return f, verr, s.checkStaff(ctx, staffID, field, what, verr)
}

// checkStaff adds a message for field unless id names an active admin or analyst.
func (s *Service) checkStaff(ctx context.Context, id uint, field, what string, verr *validate.Error) error {
	if id == 0 {
		verr.Add(field, "Choose the "+what+".")
		return nil
	}
	u, err := s.Store.User(ctx, id)
	if errors.Is(err, model.ErrNotFound) || err == nil && (u.Disabled || (u.Role != model.RoleAdmin && u.Role != model.RoleAnalyst)) {
		verr.Add(field, "Choose an active analyst or admin as the "+what+".")
		return nil
	}
	return err
}

// CloseInput is an analyst's note on closing a finding.
type CloseInput struct {
	Note string `json:"note"`
}

// Close closes a finding with the analyst's note.
func (s *Service) Close(ctx context.Context, id uint, in CloseInput, actor audit.Actor) (model.Finding, error) {
	f, note, err := s.withText(ctx, id, "note", in.Note, "Say why the finding is closed.")
	if err != nil {
		return f, err
	}
	now := s.Now()
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		return s.transition(ctx, tx, actor, f, "finding.close", now, map[string]any{"status": model.FindingClosed, "closed_at": now,
			"closed_by": actor.Label}, "Closed: "+note, model.FindingOpen, model.FindingVendorResponded, model.FindingRiskAccepted)
	})
	if err != nil {
		return f, err
	}
	return s.Store.Finding(ctx, f.ID)
}

// dateField is a date typed into a form field as YYYY-MM-DD, with what to say when it is
// missing, malformed, or outside the days allowed.
type dateField struct {
	name, missing, malformed, early, late string
}

// read parses text, adding a message to verr unless it is a day from earliest to latest.
func (d dateField) read(text string, earliest, latest time.Time, verr *validate.Error) time.Time {
	text = strings.TrimSpace(text)
	t, err := time.Parse(time.DateOnly, text)
	switch {
	case text == "":
		verr.Add(d.name, d.missing)
	case err != nil:
		verr.Add(d.name, d.malformed)
	case t.Before(earliest):
		verr.Add(d.name, d.early)
	case t.After(latest):
		verr.Add(d.name, d.late)
	}
	return t
}

// withText loads the finding a change is made to and checks the text the change requires,
// returned trimmed.
func (s *Service) withText(ctx context.Context, id uint, field, text, missing string) (model.Finding, string, error) {
	f, err := s.Store.Finding(ctx, id)
	if err != nil {
		return f, "", err
	}
	text = strings.TrimSpace(text)
	return f, text, textField(field, text, missing)
}

func textField(field, text, missing string) error {
	switch {
	case text == "":
		return &validate.Error{Fields: map[string]string{field: missing}}
	case len(text) > maxText:
		return &validate.Error{Fields: map[string]string{field: fmt.Sprintf("Keep it under %d characters.", maxText)}}
	}
	return nil
}

// AcceptInput is a risk acceptance: who approved it, why, and until when.
type AcceptInput struct {
	ApproverID uint   `json:"approver_id"`
	Reason     string `json:"reason"`
	Expires    string `json:"expires_on"`
}

// AcceptRisk records that a named approver accepts the finding's risk until a future date,
// after which Sweep opens it again.
func (s *Service) AcceptRisk(ctx context.Context, id uint, in AcceptInput, actor audit.Actor) (model.Finding, error) {
	f, verr, err := s.withStaff(ctx, id, in.ApproverID, "approver_id", "approver")
	if err != nil {
		return f, err
	}
	now := s.Now()
	reason := strings.TrimSpace(in.Reason)
	if err := textField("reason", reason, "Give the reason the risk is accepted."); err != nil {
		ve, _ := validate.As(err)
		verr.Add("reason", ve.Fields["reason"])
	}
	until := dateField{name: "expires_on", missing: "Enter the date the acceptance ends.", malformed: "Enter the date as YYYY-MM-DD.",
		early: "Choose a date in the future.", late: "Choose a date within three years; accept the risk again then if it still stands."}.
		read(in.Expires, day(now).AddDate(0, 0, 1), now.Add(maxRiskAcceptance), verr)
	if err := verr.Err(); err != nil {
		return f, err
	}
	approver, err := s.Store.User(ctx, in.ApproverID)
	if err != nil {
		return f, err
	}
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		return s.transition(ctx, tx, actor, f, "finding.accept_risk", now, map[string]any{"status": model.FindingRiskAccepted,
			"approver_id": approver.ID, "accept_reason": reason, "accepted_until": until},
			fmt.Sprintf("Risk accepted by %s until %s: %s", label(approver), until.Format("2 January 2006"), reason),
			model.FindingOpen, model.FindingVendorResponded)
	})
	if err != nil {
		return f, err
	}
	return s.Store.Finding(ctx, f.ID)
}

func label(u model.User) string {
	if u.Name != "" {
		return u.Name + " <" + u.Email + ">"
	}
	return u.Email
}

// ReopenInput is an analyst's optional note on reopening a finding.
type ReopenInput struct {
	Note string `json:"note"`
}

// Reopen opens a closed or risk-accepted finding again.
func (s *Service) Reopen(ctx context.Context, id uint, in ReopenInput, actor audit.Actor) (model.Finding, error) {
	f, err := s.Store.Finding(ctx, id)
	if err != nil {
		return f, err
	}
	note := strings.TrimSpace(in.Note)
	if len(note) > maxText {
		return f, &validate.Error{Fields: map[string]string{"note": fmt.Sprintf("Keep it under %d characters.", maxText)}}
	}
	msg := "Reopened."
	if note != "" {
		msg = "Reopened: " + note
	}
	now := s.Now()
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		return s.transition(ctx, tx, actor, f, "finding.reopen", now, reopened(), msg, model.FindingClosed, model.FindingRiskAccepted)
	})
	if err != nil {
		return f, err
	}
	return s.Store.Finding(ctx, f.ID)
}

// reopened are the columns of a finding made open again: closure and acceptance are cleared,
// and stay in the thread and the audit trail.
func reopened() map[string]any {
	return map[string]any{"status": model.FindingOpen, "closed_at": nil, "closed_by": "", "approver_id": nil,
		"accept_reason": "", "accepted_until": nil}
}

// Sweep opens again every finding whose accepted risk expired at or before now, and gives
// findings to results scored before findings existed. The periodic job runner calls it; each
// finding is reopened in its own transaction, so one failure does not hold back the rest and a
// second run finds nothing left to do.
func (s *Service) Sweep(ctx context.Context, now time.Time) error {
	errs := []error{s.backfill(ctx)}
	fs, err := s.Store.ExpiredRiskAcceptances(ctx, now)
	if err != nil {
		return errors.Join(append(errs, err)...)
	}
	for _, f := range fs {
		until := ""
		if f.AcceptedUntil != nil {
			until = f.AcceptedUntil.UTC().Format("2 January 2006")
		}
		err := s.Store.Tx(ctx, func(tx *store.Store) error {
			return s.transition(ctx, tx, audit.System, f, "finding.reopen", now, reopened(),
				"The risk acceptance expired on "+until+"; the finding is open again.", model.FindingRiskAccepted)
		})
		if err != nil && !errors.Is(err, ErrTransition) {
			errs = append(errs, fmt.Errorf("findings: reopen finding %d: %w", f.ID, err))
		}
	}
	return errors.Join(errs...)
}

// backfillBatch bounds one sweep's share of the backfill.
const backfillBatch = 200

// backfill gives findings to the results scored before findings existed (an upgrade), each
// vendor's current result only, a batch per sweep; Sync makes a repeat harmless.
func (s *Service) backfill(ctx context.Context) error {
	ids, err := s.Store.ScoredWithoutFindings(ctx, backfillBatch)
	if err != nil {
		return err
	}
	var errs []error
	for _, id := range ids {
		err := s.Store.Tx(ctx, func(tx *store.Store) error {
			a, err := tx.Assessment(ctx, id)
			if err != nil {
				return err
			}
			r, err := tx.LatestResult(ctx, id)
			if err != nil {
				return err
			}
			return s.Sync(ctx, tx, a, r)
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("findings: backfill assessment %d: %w", id, err))
		}
	}
	return errors.Join(errs...)
}

// Detail is a finding with its thread.
type Detail struct {
	Finding model.Finding
	Thread  []model.FindingMessage
}

// Get returns a finding with its thread.
func (s *Service) Get(ctx context.Context, id uint) (Detail, error) {
	f, err := s.Store.Finding(ctx, id)
	if err != nil {
		return Detail{}, err
	}
	th, err := s.Store.FindingThread(ctx, f.ID)
	return Detail{Finding: f, Thread: th}, err
}
