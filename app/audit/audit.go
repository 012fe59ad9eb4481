// Package audit records who changed what, as append-only chains of events sealed with
// HMAC-SHA256 under a key kept outside the database (see LoadKey and EnsureKeyed).
package audit

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"assay/app/model"
	"assay/app/store"
)

// Actor types.
const (
	ActorUser       = "user"
	ActorAPIToken   = "api_token"
	ActorInvitation = "invitation"
	ActorSystem     = "system"
)

// Actor is whoever causes a change, with the address the request came from.
type Actor struct {
	Type  string
	ID    uint
	Label string
	IP    string
}

// System is the actor for changes Assay makes on its own, such as scoring after submission.
var System = Actor{Type: ActorSystem, Label: "assay"}

// Event describes one change to record.
type Event struct {
	Action     string
	ObjectType string
	ObjectID   uint
	// Assessment, when set, puts the event on that assessment's chain.
	Assessment uint
	Detail     map[string]any
}

// Record appends the event for actor; run it on the transaction that makes the change.
func Record(ctx context.Context, st *store.Store, actor Actor, ev Event, at time.Time) error {
	e, err := NewEvent(actor, ev, at)
	if err != nil {
		return err
	}
	return st.AppendAudit(ctx, &e)
}

// NewEvent is the record of ev by actor at, as Record appends it, for a store method that
// appends it with the change it records.
func NewEvent(actor Actor, ev Event, at time.Time) (model.AuditEvent, error) {
	chain := model.GlobalChain
	if ev.Assessment != 0 {
		chain = model.AssessmentChain(ev.Assessment)
	}
	detail := ""
	if len(ev.Detail) > 0 {
		b, err := json.Marshal(ev.Detail)
		if err != nil {
			return model.AuditEvent{}, err
		}
		detail = string(b)
	}
	return model.AuditEvent{
		Chain: chain, ActorType: actor.Type, ActorID: actor.ID, ActorLabel: actor.Label,
		Action: ev.Action, ObjectType: ev.ObjectType, ObjectID: ev.ObjectID,
		Detail: detail, IP: actor.IP, At: at,
	}, nil
}

// Trail is an assessment's chain of events with the verdict on its hashes.
type Trail struct {
	Events []model.AuditEvent
	// Problem is the first broken link; nil when the chain is intact.
	Problem error
}

// Intact reports whether every event is in order, carries the seal of the one before, and is
// sealed under the key (or, before the switch-over, with the old plain hash).
func (t Trail) Intact() bool { return t.Problem == nil }

// AssessmentTrail loads an assessment's chain of events and checks it.
func AssessmentTrail(ctx context.Context, st *store.Store, assessmentID uint) (Trail, error) {
	es, err := st.AuditChain(ctx, model.AssessmentChain(assessmentID))
	if err != nil {
		return Trail{}, err
	}
	problem := verifyChain(ctx, st, es)
	var broken *model.BrokenChainError
	if problem != nil && !errors.As(problem, &broken) && !errors.Is(problem, ErrNotKeyed) {
		return Trail{}, problem
	}
	return Trail{Events: es, Problem: problem}, nil
}

// Recorder records events that change no data, each in a transaction of its own: who
// downloaded which evidence or export, and which requests were refused.
type Recorder struct {
	Store *store.Store
	Now   func() time.Time
}

// Record appends ev for actor now.
func (r *Recorder) Record(ctx context.Context, actor Actor, ev Event) error {
	return Record(ctx, r.Store, actor, ev, r.Now())
}
