package facts

import (
	"path/filepath"
	"testing"
)

// fresh8FactsFloor is how many facts of the eighth fresh batch (testdata/fresh8) the readers got
// right on its first run. The batch was written blind by someone who never ran the readers on it
// nor read their code, and was read once on the merged readers: this floor and
// fresh8WrongFirstRun are set from that first run (see the batch's README) and never from a
// later one.
const fresh8FactsFloor = 206

// fresh8WrongFirstRun are the wrong verdicts and coverage answers of the eighth fresh batch's
// first run, set from that run. Each is a defect to fix, not an accepted answer: an
// entry that stops being wrong must be removed, and no new one may appear.
var fresh8WrongFirstRun = map[string]bool{}

// TestFresh8 reads the eighth fresh batch (go run ./scripts/corpus -fresh8: ten new bodies from
// ten countries, four new layouts, matrix, pivot, fixed-width, merged-header and event-log
// exports, minutes as agenda tables and letters, and scans) as TestFresh7 reads the seventh.
func TestFresh8(t *testing.T) {
	checkBlindBatch(t, filepath.Join("testdata", "fresh8"), 60, fresh8FactsFloor, fresh8WrongFirstRun)
}
