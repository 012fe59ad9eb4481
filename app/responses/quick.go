package responses

import (
	"context"
	"crypto/subtle"
	"sync"
	"time"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/model"
	"assay/app/store"
)

// Credential is what a vendor's save came with, as auth hashes it: the link's token, or the
// cookie of the vendor session the link opened, with the CSRF token the request carried.
type Credential struct {
	TokenHash   string
	SessionHash string
	CSRF        string
}

// key names the credential's entry among the quick saves.
func (c Credential) key() string {
	if c.SessionHash != "" {
		return "session " + c.SessionHash
	}
	return "link " + c.TokenHash
}

// SaveAnswersByLink is SaveAnswers by the holder of inv's link, who sent cred (of a session,
// its own CSRF token): once saved, cred's next saves of one answer may go the quick way
// (QuickSave).
func (s *Service) SaveAnswersByLink(ctx context.Context, inv model.Invitation, cred Credential, in SaveInput, actor audit.Actor) (assessments.State, error) {
	st, head, err := s.save(ctx, inv.AssessmentID, in, actor)
	if err == nil && s.store.QuickSaves() && head.Seq > 0 && st.Assessment.Status == model.StatusInProgress && !st.Reassessing() {
		s.quick.put(cred.key(), &quickEntry{inv: inv, csrf: cred.CSRF, state: st, head: head})
	}
	return st, err
}

// QuickSave saves one answer, with its version, sent with cred from ip, in a single
// statement (store.SaveAnswerQuick), from what cred's last save left: the assessment as it
// stood then and its audit chain's head, which the statement checks is still the head, so
// that nothing changed since. It reports false, having saved nothing, when it cannot: no save
// with cred is remembered, the chain moved on, the answer is new or at another version, the
// value is invalid, the link or session no longer works or the session's use is to be
// recorded, the CSRF token is not the session's, the address has failed token lookups, or
// the database is SQLite. The caller then resolves cred and saves with SaveAnswersByLink,
// which answers each of those cases.
func (s *Service) QuickSave(ctx context.Context, cred Credential, ip string, in SaveInput) (assessments.State, bool) {
	e := s.quick.get(cred.key())
	if e == nil || len(in.Answers) != 1 ||
		cred.SessionHash != "" && subtle.ConstantTimeCompare([]byte(cred.CSRF), []byte(e.csrf)) != 1 {
		return assessments.State{}, false
	}
	var id string
	for id = range in.Answers {
	}
	from, sent := in.Versions[id]
	cur := e.state.Answers[id]
	if !sent || cur.ID == 0 || cur.Version != from {
		return assessments.State{}, false
	}
	values, err := validAnswers(e.state.Definition, in.Answers)
	if err != nil {
		return assessments.State{}, false
	}
	actor := auth.Principal{Invitation: &e.inv}.Actor(ip)
	now := s.now().UTC().Truncate(time.Microsecond)
	w, err := answerWrite(e.state, id, values[id], actor, now)
	if err != nil {
		return assessments.State{}, false
	}
	q := store.QuickSave{Invitation: e.inv.ID, TokenHash: cred.TokenHash, Session: cred.SessionHash,
		TouchedAfter: now.Add(-auth.SessionTouchEvery), Status: model.StatusInProgress, GuessKey: auth.TokenGuessKey(ip),
		Answer: w.Answer, From: w.From, Event: w.Event, Head: e.head}
	done, ok, err := s.store.SaveAnswerQuick(ctx, q)
	if err != nil {
		s.log.Warn("quick save failed; saving the whole way", "assessment", e.inv.AssessmentID, "err", err)
	}
	if !ok {
		s.quick.drop(cred.key(), e)
		return assessments.State{}, false
	}
	saved, err := savedState(w.Answer)
	if err != nil {
		return assessments.State{}, false
	}
	st := e.state.WithAnswers(map[string]assessments.AnswerState{id: saved})
	if v := st.Assessment.Vendor; v != nil && v.Name != done.Vendor {
		renamed := *v
		renamed.Name = done.Vendor
		st.Assessment.Vendor = &renamed
	}
	s.quick.put(cred.key(), &quickEntry{inv: e.inv, csrf: e.csrf, state: st, head: done.Head})
	return st, true
}

// quickEntry is what a credential's last save left for its next one: the link, a session's
// CSRF token, the assessment as the save left it, and the head of its audit chain then.
type quickEntry struct {
	inv   model.Invitation
	csrf  string
	state assessments.State
	head  store.ChainHead
}

// quickSaves are the credentials' last saves by key. An entry is never changed, only
// replaced, so a save reads one without holding the lock.
type quickSaves struct {
	mu sync.Mutex
	m  map[string]*quickEntry
}

// quickSavesMax bounds the credentials remembered, each with its assessment's state (a few
// KiB to tens of KiB with files and notes); past it, one is forgotten for each added (its next
// save goes the whole way and is remembered again).
const quickSavesMax = 4096

func newQuickSaves() *quickSaves { return &quickSaves{m: map[string]*quickEntry{}} }

func (q *quickSaves) get(key string) *quickEntry {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.m[key]
}

// put remembers e for the credential unless a later save of the chain is remembered already.
func (q *quickSaves) put(key string, e *quickEntry) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if old, ok := q.m[key]; ok && old.head.Seq >= e.head.Seq {
		return
	}
	if len(q.m) >= quickSavesMax {
		for k := range q.m {
			delete(q.m, k)
			break
		}
	}
	q.m[key] = e
}

// drop forgets the credential's entry if it is still e.
func (q *quickSaves) drop(key string, e *quickEntry) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.m[key] == e {
		delete(q.m, key)
	}
}
