package model

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"strconv"
	"time"
)

// GlobalChain is the audit chain for changes that belong to no assessment.
const GlobalChain = "global"

// AssessmentChain names the audit chain of one assessment.
func AssessmentChain(id uint) string { return "assessment:" + strconv.FormatUint(uint64(id), 10) }

// AuditHash is the plain SHA-256 over an event's content and the previous event's hash: the
// scheme of the events written before the chain was keyed.
func AuditHash(e *AuditEvent) string { return auditDigest(sha256.New(), e) }

// AuditMAC is the HMAC-SHA256 under key over an event's content and the previous event's
// hash: without the key, which is kept outside the database, nobody can recompute it.
func AuditMAC(key []byte, e *AuditEvent) string { return auditDigest(hmac.New(sha256.New, key), e) }

// AuditSeal is the hash an event is written with: the HMAC under key, or the plain SHA-256
// when no key is given (store tests that run without the app).
func AuditSeal(key []byte, e *AuditEvent) string {
	if len(key) == 0 {
		return AuditHash(e)
	}
	return AuditMAC(key, e)
}

func auditDigest(h hash.Hash, e *AuditEvent) string {
	fmt.Fprintf(h, "%s\x00%d\x00%s\x00%d\x00%s\x00%s\x00%s\x00%d\x00%s\x00%s\x00%s\x00%s",
		e.Chain, e.Seq, e.ActorType, e.ActorID, e.ActorLabel, e.Action, e.ObjectType, e.ObjectID,
		e.Detail, e.IP, e.At.UTC().Format(time.RFC3339Nano), e.PrevHash)
	return hex.EncodeToString(h.Sum(nil))
}

// BrokenChainError names the first event of a chain whose seal or link does not verify.
type BrokenChainError struct {
	Chain string
	Seq   int64
	// Row is the event's id in the audit table.
	Row uint
}

func (e *BrokenChainError) Error() string {
	return fmt.Sprintf("audit: chain %s broken at event %d (row %d)", e.Chain, e.Seq, e.Row)
}

// VerifyAuditChain recomputes a chain's seals and reports the first broken link. Events with
// an id up to legacyUpTo were written before keying and carry the plain SHA-256; every later
// one must carry the HMAC under key.
func VerifyAuditChain(es []AuditEvent, key []byte, legacyUpTo uint) error {
	prev := ""
	for i := range es {
		e := es[i]
		want := AuditMAC(key, &e)
		if e.ID <= legacyUpTo {
			want = AuditHash(&e)
		}
		if e.PrevHash != prev || !hmac.Equal([]byte(want), []byte(e.Hash)) || e.Seq != int64(i+1) {
			return &BrokenChainError{Chain: e.Chain, Seq: e.Seq, Row: e.ID}
		}
		prev = e.Hash
	}
	return nil
}
