package model

import (
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

// AuditHash is the SHA-256 over an event's content and the previous event's hash.
func AuditHash(e *AuditEvent) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00%s\x00%d\x00%s\x00%s\x00%s\x00%d\x00%s\x00%s\x00%s\x00%s",
		e.Chain, e.Seq, e.ActorType, e.ActorID, e.ActorLabel, e.Action, e.ObjectType, e.ObjectID,
		e.Detail, e.IP, e.At.UTC().Format(time.RFC3339Nano), e.PrevHash)
	return hex.EncodeToString(h.Sum(nil))
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
