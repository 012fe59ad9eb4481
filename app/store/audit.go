package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"assay/app/model"
)

// AppendAudit adds e to the end of its chain, linking it to the previous event by hash.
// Callers run it in the same transaction as the change it records.
func (s *Store) AppendAudit(ctx context.Context, e *model.AuditEvent) error {
	if s.locked == nil {
		// Alone, the chain's lock would end with its statement, before the head is read.
		return s.Tx(ctx, func(tx *Store) error { return tx.AppendAudit(ctx, e) })
	}
	head, err := s.sealAudit(ctx, e)
	if err != nil {
		return err
	}
	if err := s.q(ctx).Create(e).Error; err != nil {
		return wrap(err, "append audit event")
	}
	if s.heads != nil {
		s.heads[e.Chain] = head
	}
	return nil
}

// sealAudit gives e, to be appended next to its chain in this transaction, its chain (the
// global one when none), time, sequence number, the previous event's seal and its own, and
// returns it as the chain's head once appended.
func (s *Store) sealAudit(ctx context.Context, e *model.AuditEvent) (ChainHead, error) {
	if e.Chain == "" {
		e.Chain = model.GlobalChain
	}
	if e.At.IsZero() {
		e.At = s.now().UTC()
	}
	e.At = e.At.UTC().Truncate(time.Microsecond)
	// Serialise appends per chain so two writers never take the same sequence number;
	// different chains never wait for each other.
	if err := s.lockChain(ctx, e.Chain, "lock audit chain"); err != nil {
		return ChainHead{}, err
	}
	prev, ok := s.heads[e.Chain]
	if !ok {
		var last model.AuditEvent
		err := s.q(ctx).Select("seq", "hash").Where("chain = ?", e.Chain).Order("seq DESC").Limit(1).Find(&last).Error
		if err != nil {
			return ChainHead{}, wrap(err, "last audit event")
		}
		prev = ChainHead{Seq: last.Seq, Hash: last.Hash}
	}
	return s.sealAfter(e, prev), nil
}

// sealAfter gives e, whose chain and time are set, the place after prev in its chain and its
// seal, and returns it as the chain's head once appended.
func (s *Store) sealAfter(e *model.AuditEvent, prev ChainHead) ChainHead {
	e.Seq = prev.Seq + 1
	e.PrevHash = prev.Hash
	e.Hash = model.AuditSeal(s.auditKey, e)
	return ChainHead{Seq: e.Seq, Hash: e.Hash}
}

// ChainHead is the last event of a chain, which the next one links to; zero for an empty chain.
type ChainHead struct {
	Seq  int64
	Hash string
}

// assessmentHeadColumn reads the head of the assessment's chain (model.AssessmentChain) in a
// query on assessments, as audit_head: its seq and hash joined by a space (parseAuditHead),
// or NULL for an empty chain. One lookup of the chain's index gives both, where a column each
// would look the head up twice on every autosave. The chain is spelled from the row's id
// rather than bound, so the statement's text stays the same for every assessment and
// PostgreSQL keeps it prepared.
const assessmentHeadColumn = "(SELECT seq || ' ' || hash FROM audit_events WHERE chain = 'assessment:' || assessments.id " +
	"ORDER BY seq DESC LIMIT 1) AS audit_head"

// parseAuditHead reads the head assessmentHeadColumn read; nil is an empty chain.
func parseAuditHead(head *string) (ChainHead, error) {
	if head == nil {
		return ChainHead{}, nil
	}
	seq, hash, ok := strings.Cut(*head, " ")
	n, err := strconv.ParseInt(seq, 10, 64)
	if !ok || err != nil {
		return ChainHead{}, fmt.Errorf("store: audit head %q: not a seq and a hash", *head)
	}
	return ChainHead{Seq: n, Hash: hash}, nil
}

// holdsChain reports whether this transaction holds chain's lock, so that what it reads of the
// chain stays true until it ends: on PostgreSQL once lockChain took it, on SQLite in any
// transaction, since its single writer connection serialises them.
func (s *Store) holdsChain(chain string) bool {
	return s.heads != nil && (s.dialect != DialectPostgres || s.locked[chain])
}

// AuditChain returns the events of a chain in order.
func (s *Store) AuditChain(ctx context.Context, chain string) ([]model.AuditEvent, error) {
	var es []model.AuditEvent
	err := s.q(ctx).Where("chain = ?", chain).Order("seq").Find(&es).Error
	return es, wrap(err, "audit chain")
}

// AuditEventsByAction returns the events of a chain with the action, oldest first.
func (s *Store) AuditEventsByAction(ctx context.Context, chain, action string) ([]model.AuditEvent, error) {
	var es []model.AuditEvent
	err := s.q(ctx).Where("chain = ? AND action = ?", chain, action).Order("id").Find(&es).Error
	return es, wrap(err, "audit events by action")
}

// LastAuditID is the id of the newest audit event, 0 when there is none.
func (s *Store) LastAuditID(ctx context.Context) (uint, error) {
	var id uint
	err := s.q(ctx).Model(&model.AuditEvent{}).Select("COALESCE(MAX(id), 0)").Scan(&id).Error
	return id, wrap(err, "last audit id")
}

// AuditChains lists the names of every audit chain.
func (s *Store) AuditChains(ctx context.Context) ([]string, error) {
	var cs []string
	err := s.q(ctx).Model(&model.AuditEvent{}).Distinct("chain").Order("chain").Pluck("chain", &cs).Error
	return cs, wrap(err, "audit chains")
}

// lockFor takes the lock of assessment id's chain before a write to the assessment's rows in a
// transaction. Every transaction then takes that lock before any row of the assessment, as
// saves and submissions do, so two of them can never each hold what the other waits for (a
// withdrawal that wrote the assessment's row first and a first save that took the lock first
// deadlocked). A write outside a transaction is one statement, which may wait but never
// deadlocks, and takes no lock.
func (s *Store) lockFor(ctx context.Context, id uint, op string) error {
	if s.locked == nil || id == 0 {
		return nil
	}
	return s.lockChain(ctx, model.AssessmentChain(id), op)
}

// lockChain takes the lock of chain until the transaction ends, once per transaction
// (PostgreSQL; SQLite's single writer connection serialises already). Outside a transaction
// the lock would end with the statement, so it is taken every time.
func (s *Store) lockChain(ctx context.Context, chain, op string) error {
	if s.dialect != DialectPostgres || s.locked[chain] {
		return nil
	}
	if err := s.q(ctx).Exec("SELECT pg_advisory_xact_lock(hashtext(?))", chain).Error; err != nil {
		return wrap(err, op)
	}
	if s.locked != nil {
		s.locked[chain] = true
	}
	return nil
}
