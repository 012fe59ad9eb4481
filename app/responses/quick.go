package responses

import (
	"context"
	"sync"
	"time"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/model"
	"assay/app/store"
)

// SaveAnswersByLink is SaveAnswers by the holder of inv's link, who sent its token: once
// saved, the link's next saves of one answer may go the quick way (QuickSave).
func (s *Service) SaveAnswersByLink(ctx context.Context, inv model.Invitation, in SaveInput, actor audit.Actor) (assessments.State, error) {
	st, head, err := s.save(ctx, inv.AssessmentID, in, actor)
	if err == nil && head.Seq > 0 && inv.TokenHash != "" && st.Assessment.Status == model.StatusInProgress && !st.Reassessing() {
		s.quick.put(inv.TokenHash, &quickEntry{inv: inv, state: st, head: head})
	}
	return st, err
}

// QuickSave saves one answer, with its version, sent with the link whose token hashes to
// tokenHash from ip, in a single statement (store.SaveAnswerQuick), from what the link's last
// save left: the assessment as it stood then and its audit chain's head, which the statement
// checks is still the head, so that nothing changed since. It reports false, having saved
// nothing and checked nothing, when it cannot: no save of the link is remembered, the chain
// moved on, the answer is new or at another version, the value is invalid, the link no longer
// works, the address has failed token lookups, or the database is SQLite. The caller then
// resolves the link and saves with SaveAnswersByLink, which answers each of those cases.
func (s *Service) QuickSave(ctx context.Context, tokenHash, ip string, in SaveInput) (assessments.State, bool) {
	e := s.quick.get(tokenHash)
	if e == nil || len(in.Answers) != 1 {
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
	w, err := answerWrite(e.state, id, values[id], actor, s.now().UTC().Truncate(time.Microsecond))
	if err != nil {
		return assessments.State{}, false
	}
	done, ok, err := s.store.SaveAnswerQuick(ctx, store.QuickSave{TokenHash: tokenHash, Invitation: e.inv.ID,
		Status: model.StatusInProgress, GuessKey: auth.TokenGuessKey(ip), Answer: w.Answer, From: w.From, Event: w.Event, Head: e.head})
	if err != nil {
		s.log.Warn("quick save failed; saving the whole way", "assessment", e.inv.AssessmentID, "err", err)
	}
	if !ok {
		s.quick.drop(tokenHash, e)
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
	s.quick.put(tokenHash, &quickEntry{inv: e.inv, state: st, head: done.Head})
	return st, true
}

// quickEntry is what a link's last save left for its next one: the link, the assessment as
// the save left it, and the head of its audit chain then.
type quickEntry struct {
	inv   model.Invitation
	state assessments.State
	head  store.ChainHead
}

// quickSaves are the links' last saves by token hash. An entry is never changed, only
// replaced, so a save reads one without holding the lock.
type quickSaves struct {
	mu sync.Mutex
	m  map[string]*quickEntry
}

// quickSavesMax bounds the links remembered; past it, one is forgotten for each added (its
// next save goes the whole way and is remembered again).
const quickSavesMax = 10000

func newQuickSaves() *quickSaves { return &quickSaves{m: map[string]*quickEntry{}} }

func (q *quickSaves) get(tokenHash string) *quickEntry {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.m[tokenHash]
}

// put remembers e for the link unless a later save of the chain is remembered already.
func (q *quickSaves) put(tokenHash string, e *quickEntry) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if old, ok := q.m[tokenHash]; ok && old.head.Seq >= e.head.Seq {
		return
	}
	if len(q.m) >= quickSavesMax {
		for k := range q.m {
			delete(q.m, k)
			break
		}
	}
	q.m[tokenHash] = e
}

// drop forgets the link's entry if it is still e.
func (q *quickSaves) drop(tokenHash string, e *quickEntry) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.m[tokenHash] == e {
		delete(q.m, tokenHash)
	}
}
