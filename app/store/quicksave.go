package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"assay/app/model"
)

// QuickSave is a vendor's save of one stored answer that SaveAnswerQuick makes in a single
// statement, with everything that statement checks first.
type QuickSave struct {
	// Invitation is the link the save came with: it must still be live (not revoked, not
	// expired at the answer's UpdatedAt) and lead to the answer's assessment. The save came
	// with its token, which hashes to TokenHash, or with the vendor session it opened, whose
	// id is Session; a session must be live and used since TouchedAfter, so that this use
	// need not be recorded.
	Invitation   uint
	TokenHash    string
	Session      string
	TouchedAfter time.Time
	// Status is the status the assessment must be in.
	Status string
	// GuessKey is the throttle counter of the caller's address: a token sent from an address
	// with failed token lookups counted goes the whole way, where the guard decides whether
	// it is refused.
	GuessKey string
	// Answer is the answer as stored once saved over its version From (ID and AssessmentID set).
	Answer *model.Answer
	From   int
	// Event records the save on the assessment's chain, appended after Head, the chain's last
	// event as the caller last knew it.
	Event *model.AuditEvent
	Head  ChainHead
}

// QuickSaves reports whether SaveAnswerQuick can save at all: on PostgreSQL, outside a
// transaction. On SQLite a save is one local transaction already, without round trips to save.
func (s *Store) QuickSaves() bool { return s.dialect == DialectPostgres && s.locked == nil }

// SaveAnswerQuick makes q on PostgreSQL in one statement, one round trip to the server: it
// takes the assessment's lock (as LockedTx does, before any row), checks the link and the
// assessment's status, writes the answer over its version and appends the event sealed after
// q.Head. It returns the chain's new head and the vendor's name, and true once saved; false, with nothing written,
// when any check fails, on SQLite, or in a transaction: the caller then saves the whole way.
//
// q.Head stands for everything the caller knows of the assessment: every change of an
// assessment appends to its chain, so the event's place after q.Head is taken already (the
// chain's unique sequence refuses it) exactly when something changed since.
func (s *Store) SaveAnswerQuick(ctx context.Context, q QuickSave) (QuickSaved, bool, error) {
	if !s.QuickSaves() {
		return QuickSaved{}, false, nil
	}
	a, e := q.Answer, q.Event
	e.Chain = model.AssessmentChain(a.AssessmentID)
	e.ObjectID = a.ID
	e.At = e.At.UTC().Truncate(time.Microsecond)
	head := s.sealAfter(e, q.Head)
	sqlDB, err := s.db.DB()
	if err != nil {
		return QuickSaved{}, false, wrap(err, "quick save answer")
	}
	var (
		vendor sql.NullString
		saved  int
	)
	err = sqlDB.QueryRowContext(ctx, quickSaveAnswer, e.Chain, q.TokenHash, int64(q.Invitation), int64(a.AssessmentID),
		a.UpdatedAt, q.Status, q.GuessKey, a.Value, q.From, a.UpdatedBy, int64(a.ID),
		e.Seq, e.ActorType, int64(e.ActorID), e.ActorLabel, e.Action, e.ObjectType, e.Detail, e.IP, e.At, e.PrevHash, e.Hash,
		q.Session, q.TouchedAfter,
	).Scan(&vendor, &saved)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == uniqueViolation {
		// The chain moved on since q.Head: the caller's picture of the assessment is old.
		return QuickSaved{}, false, nil
	}
	if err != nil {
		return QuickSaved{}, false, wrap(err, "quick save answer")
	}
	if saved != 1 {
		return QuickSaved{}, false, nil
	}
	a.Version = q.From + 1
	return QuickSaved{Head: head, Vendor: vendor.String}, true, nil
}

// QuickSaved is what SaveAnswerQuick tells of a save made: the chain's new head and the name
// of the assessment's vendor, read in the same statement.
type QuickSaved struct {
	Head   ChainHead
	Vendor string
}

// uniqueViolation is PostgreSQL's SQLSTATE for a duplicate key.
const uniqueViolation = "23505"

// quickSaveAnswer is SaveAnswerQuick's statement. The lock is taken in link, for the one row
// that passes its checks; saved finds its answer through link's row (an InitPlan, run before
// the answer is read), so the lock comes before the answer's row as in every transaction. A
// change committed after the statement's snapshot and before the lock is no blind spot: it
// appended to the chain, and audited's INSERT then fails on the chain's unique sequence.
const quickSaveAnswer = `WITH link AS MATERIALIZED (
    SELECT v.name, pg_advisory_xact_lock(hashtext($1))::text AS locked
    FROM invitations AS i
    JOIN assessments AS a ON a.id = i.assessment_id
    LEFT JOIN vendors AS v ON v.id = a.vendor_id
    WHERE i.id = $3 AND a.id = $4 AND i.revoked_at IS NULL AND i.expires_at > $5 AND a.status = $6
        AND ($2 <> '' AND i.token_hash = $2 AND NOT EXISTS (SELECT 1 FROM throttles WHERE key = $7)
            OR $23 <> '' AND EXISTS (SELECT 1 FROM sessions AS s WHERE s.id = $23 AND s.invitation_id = i.id
                AND s.expires_at > $5 AND s.last_seen_at > $24))
), saved AS (
    UPDATE answers SET value = $8, version = $9::integer + 1, updated_by = $10, updated_at = $5
    WHERE id = (SELECT $11::bigint FROM link) AND assessment_id = $4 AND version = $9::integer
    RETURNING id
), audited AS (
    INSERT INTO audit_events (chain, seq, actor_type, actor_id, actor_label, action, object_type, object_id, detail, ip, at, prev_hash, hash)
    SELECT $1, $12, $13, $14, $15, $16, $17, saved.id, $18, $19, $20, $21, $22 FROM saved
    RETURNING seq
)
SELECT (SELECT name FROM link), (SELECT count(*) FROM audited)`
