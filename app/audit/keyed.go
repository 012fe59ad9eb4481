package audit

import (
	"context"
	"crypto/hmac"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"assay/app/keyfile"
	"assay/app/model"
	"assay/app/store"
)

// ActionKeyed marks the switch-over to the keyed chain: events up to the id it names were
// sealed with plain SHA-256, every later one with HMAC-SHA256 under the key.
const ActionKeyed = "audit.keyed"

// ErrNotKeyed means no switch-over event sealed with this key exists: either the trail was
// never keyed, the key is not the one it was keyed with, or the event was tampered with.
var ErrNotKeyed = errors.New("audit: no switch-over event sealed with this key; the trail cannot be verified")

// LoadKey reads the audit key from path (hex), creating the file with a fresh random key of
// 32 bytes, readable by its owner only, when it does not exist yet.
func LoadKey(path string) ([]byte, error) {
	key, err := keyfile.Load(path, 32, 16, keyfile.Hex)
	if err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	return key, nil
}

// EnsureKeyed writes the switch-over event once, at the first start with a key: it records
// the id of the newest event sealed the old way and is itself sealed with the key. When a
// switch-over exists but none verifies under this key (a lost or replaced key file), it writes
// nothing: a new switch-over would pass every earlier event off as sealed the old way, so the
// trail stays reported as not intact until the right key is restored.
func EnsureKeyed(ctx context.Context, st *store.Store, now time.Time) error {
	if len(st.AuditKey()) == 0 {
		return errors.New("audit: no key set on the store")
	}
	existing, err := st.AuditEventsByAction(ctx, model.GlobalChain, ActionKeyed)
	if err != nil || len(existing) > 0 {
		return err
	}
	return st.Tx(ctx, func(tx *store.Store) error {
		last, err := tx.LastAuditID(ctx)
		if err != nil {
			return err
		}
		return Record(ctx, tx, System, Event{Action: ActionKeyed, Detail: map[string]any{"legacy_up_to_id": last}}, now)
	})
}

// legacyUpTo is the id of the last event sealed the old way, read from the first switch-over
// event whose own seal verifies under the store's key.
func legacyUpTo(ctx context.Context, st *store.Store) (uint, error) {
	es, err := st.AuditEventsByAction(ctx, model.GlobalChain, ActionKeyed)
	if err != nil {
		return 0, err
	}
	key := st.AuditKey()
	for i := range es {
		e := es[i]
		if len(key) == 0 || !hmac.Equal([]byte(model.AuditMAC(key, &e)), []byte(e.Hash)) {
			continue
		}
		var d struct {
			LegacyUpTo uint `json:"legacy_up_to_id"`
		}
		if json.Unmarshal([]byte(e.Detail), &d) != nil || d.LegacyUpTo >= e.ID {
			continue
		}
		return d.LegacyUpTo, nil
	}
	return 0, ErrNotKeyed
}

// verifyChain checks one chain's events under the store's key and switch-over.
func verifyChain(ctx context.Context, st *store.Store, es []model.AuditEvent) error {
	upTo, err := legacyUpTo(ctx, st)
	if err != nil {
		return err
	}
	return model.VerifyAuditChain(es, st.AuditKey(), upTo)
}

// VerifyAll checks every chain and returns the first broken event (a *model.BrokenChainError)
// or why the trail cannot be verified; it reports how many events it checked.
func VerifyAll(ctx context.Context, st *store.Store) (int, error) {
	chains, err := st.AuditChains(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, c := range chains {
		es, err := st.AuditChain(ctx, c)
		if err != nil {
			return n, err
		}
		if err := verifyChain(ctx, st, es); err != nil {
			return n, err
		}
		n += len(es)
	}
	return n, nil
}
