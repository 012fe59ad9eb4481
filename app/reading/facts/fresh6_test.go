package facts

import (
	"path/filepath"
	"testing"
)

// fresh6FactsFloor is how many facts of the sixth fresh batch (testdata/fresh6) the readers got
// right on its first run. The batch was written blind by someone who never ran the readers on it
// nor read their code, and was read once on the merged readers: this floor and
// fresh6WrongFirstRun are set from that first run (see the batch's README) and never from a
// later one.
const fresh6FactsFloor = 283

// fresh6WrongFirstRun are the wrong verdicts and coverage answers of the sixth fresh batch's
// first run, set from that run. Each is a defect to fix, not an accepted answer: an entry that
// stops being wrong must be removed, and no new one may appear.
var fresh6WrongFirstRun = map[string]bool{}

// TestFresh6 reads the sixth fresh batch (go run ./scripts/corpus -fresh6: ten new bodies from
// ten countries, four new layouts, other wordings, reports, logs, minutes and scans) as
// TestFresh5 reads the fifth.
func TestFresh6(t *testing.T) {
	checkBlindBatch(t, filepath.Join("testdata", "fresh6"), 60, fresh6FactsFloor, fresh6WrongFirstRun)
}
