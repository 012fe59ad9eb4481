package findings

import (
	"context"
	"errors"
	"strings"

	"assay/app/audit"
	"assay/app/model"
	"assay/app/store"
	"assay/app/validate"
	"assay/app/webhooks"
)

// Decisions lists the vendor decisions in the order the form offers them.
var Decisions = []string{model.DecisionApproved, model.DecisionApprovedWithConditions, model.DecisionRejected, model.DecisionPending}

// DecideInput is an analyst's decision about a vendor. Conditions are required for, and only
// kept with, approved_with_conditions.
type DecideInput struct {
	Decision   string   `json:"decision"`
	Conditions []string `json:"conditions"`
	Notes      string   `json:"notes"`
}

// Decide records a decision about a vendor by the analyst acting, with the latest scored
// assessment's score and rating and the vendor's unresolved findings at that moment, and
// makes it the vendor's current decision.
func (s *Service) Decide(ctx context.Context, vendorID uint, in DecideInput, actor audit.Actor) (model.VendorDecision, error) {
	v, err := s.Store.Vendor(ctx, vendorID)
	if err != nil {
		return model.VendorDecision{}, err
	}
	verr := &validate.Error{}
	var conds []string
	for _, c := range in.Conditions {
		if c = strings.TrimSpace(c); c != "" {
			conds = append(conds, c)
		}
	}
	notes := strings.TrimSpace(in.Notes)
	switch {
	case !contains(Decisions, in.Decision):
		verr.Add("decision", "Choose approved, approved with conditions, rejected or pending.")
	case in.Decision == model.DecisionApprovedWithConditions && len(conds) == 0:
		verr.Add("conditions", "List the conditions of the approval, one per line.")
	case in.Decision != model.DecisionApprovedWithConditions:
		conds = nil
	}
	if len(conds) > 20 {
		verr.Add("conditions", "List at most 20 conditions.")
	}
	for _, c := range conds {
		if len(c) > 500 {
			verr.Add("conditions", "Keep each condition under 500 characters.")
		}
	}
	if len(notes) > maxText {
		verr.Add("notes", "Keep the notes under 4000 characters.")
	}
	if err := verr.Err(); err != nil {
		return model.VendorDecision{}, err
	}
	decider, err := s.decider(ctx, actor)
	if err != nil {
		return model.VendorDecision{}, err
	}
	now := s.Now()
	d := model.VendorDecision{VendorID: v.ID, Decision: in.Decision, Conditions: conds, Notes: notes, DecidedByID: decider.ID,
		DecidedBy: label(decider), CreatedAt: now}
	err = s.Store.Tx(ctx, func(tx *store.Store) error {
		as, err := tx.VendorAssessments(ctx, v.ID)
		if err != nil {
			return err
		}
		for _, a := range as {
			r, err := tx.LatestResult(ctx, a.ID)
			if errors.Is(err, model.ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			id, score := a.ID, r.Score
			d.AssessmentID, d.Score, d.Rating = &id, &score, r.Rating
			break
		}
		open, err := tx.OpenFindingCount(ctx, v.ID)
		if err != nil {
			return err
		}
		d.OpenFindings = int(open)
		if err := tx.RecordDecision(ctx, &d); err != nil {
			return err
		}
		// A decision answers the submission before it: the vendor leaves "awaiting review".
		if err := tx.RefreshVendorSummary(ctx, v.ID); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, actor, audit.Event{Action: "vendor.decision", ObjectType: "vendor", ObjectID: v.ID,
			Detail: map[string]any{"decision": d.Decision, "was": v.Decision, "conditions": conds, "assessment_id": d.AssessmentID,
				"score": d.Score, "rating": d.Rating, "open_findings": d.OpenFindings}}, now); err != nil {
			return err
		}
		return s.Webhooks.EmitTx(ctx, tx, model.EventDecisionRecorded, webhooks.Decision(d))
	})
	return d, err
}

// decider is the staff user behind actor, who is named on the decision.
func (s *Service) decider(ctx context.Context, actor audit.Actor) (model.User, error) {
	if actor.Type == audit.ActorUser {
		return s.Store.User(ctx, actor.ID)
	}
	return s.Store.UserByEmail(ctx, actor.Label)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
