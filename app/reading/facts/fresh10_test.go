package facts

import (
	"path/filepath"
	"testing"
)

// fresh10FactsFloor is how many facts of the tenth fresh batch (testdata/fresh10) the readers got
// right on its first run. The batch was written blind by someone who never ran the readers on it
// nor read their code, and was read once on the merged readers: this floor and
// fresh10WrongFirstRun are set from that first run (see the batch's README) and never from a
// later one.
const fresh10FactsFloor = 364

// fresh10WrongFirstRun are the wrong verdicts and coverage answers of the tenth fresh batch's
// first run, set from that run. Each is a defect to fix, not an accepted answer: an entry that
// stops being wrong must be removed, and no new one may appear.
var fresh10WrongFirstRun = map[string]bool{}

// TestFresh10 reads the tenth fresh batch (go run ./scripts/corpus -fresh10: an ordinary inbox of
// ten new bodies from ten countries, mostly in common layouts with three new ones, list, grouped,
// history, attempt and wide exports, formal and short minutes, and scans) as TestFresh9 reads the
// ninth.
func TestFresh10(t *testing.T) {
	checkBlindBatch(t, filepath.Join("testdata", "fresh10"), 64, fresh10FactsFloor, fresh10WrongFirstRun)
}
