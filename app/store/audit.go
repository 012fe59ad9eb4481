package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"
)

// GlobalChain is the audit chain for changes that belong to no assessment.
const GlobalChain = "global"

// AssessmentChain names the audit chain of one assessment.
func AssessmentChain(id uint) string { return "assessment:" + strconv.FormatUint(uint64(id), 10) }

// AppendAudit adds e to the end of its chain, linking it to the previous event by hash.
// Callers run it in the same transaction as the change it records.
func (s *Store) AppendAudit(ctx context.Context, e *AuditEvent) error {
	if e.Chain == "" {
		e.Chain = GlobalChain
	}
	if e.At.IsZero() {
		e.At = s.now().UTC()
	}
	e.At = e.At.UTC().Truncate(time.Microsecond)
	if s.dialect == DialectPostgres {
		// Serialise appends per chain so two writers never take the same sequence number;
		// different chains never wait for each other.
		if err := s.q(ctx).Exec("SELECT pg_advisory_xact_lock(hashtext(?))", e.Chain).Error; err != nil {
			return wrap(err, "lock audit chain")
		}
	}
	var prev AuditEvent
	err := s.q(ctx).Where("chain = ?", e.Chain).Order("seq DESC").Limit(1).Find(&prev).Error
	if err != nil {
		return wrap(err, "last audit event")
	}
	e.Seq = prev.Seq + 1
	e.PrevHash = prev.Hash
	e.Hash = AuditHash(e)
	return wrap(s.q(ctx).Create(e).Error, "append audit event")
}

// AuditHash is the SHA-256 over an event's content and the previous event's hash.
func AuditHash(e *AuditEvent) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00%s\x00%d\x00%s\x00%s\x00%s\x00%d\x00%s\x00%s\x00%s\x00%s",
		e.Chain, e.Seq, e.ActorType, e.ActorID, e.ActorLabel, e.Action, e.ObjectType, e.ObjectID,
		e.Detail, e.IP, e.At.UTC().Format(time.RFC3339Nano), e.PrevHash)
	return hex.EncodeToString(h.Sum(nil))
}

// AuditChain returns the events of a chain in order.
func (s *Store) AuditChain(ctx context.Context, chain string) ([]AuditEvent, error) {
	var es []AuditEvent
	err := s.q(ctx).Where("chain = ?", chain).Order("seq").Find(&es).Error
	return es, wrap(err, "audit chain")
}

// VerifyAuditChain recomputes a chain's hashes and reports the first broken link.
func VerifyAuditChain(es []AuditEvent) error {
	prev := ""
	for i := range es {
		e := es[i]
		if e.PrevHash != prev || AuditHash(&e) != e.Hash || e.Seq != int64(i+1) {
			return fmt.Errorf("audit: chain %s broken at event %d", e.Chain, e.Seq)
		}
		prev = e.Hash
	}
	return nil
}
