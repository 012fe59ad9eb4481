package facts

import (
	"path/filepath"
	"testing"
)

// fresh7FactsFloor is how many facts of the seventh fresh batch (testdata/fresh7) the readers got
// right on its first run. The batch was written blind by someone who never ran the readers on it
// nor read their code, and was read once on the merged readers: this floor and
// fresh7WrongFirstRun are set from that first run (see the batch's README) and never from a
// later one.
const fresh7FactsFloor = 262

// fresh7WrongFirstRun are the wrong verdicts and coverage answers of the seventh fresh batch's
// first run, set from that run. Each is a defect to fix, not an accepted answer: an entry that
// stops being wrong must be removed, and no new one may appear.
var fresh7WrongFirstRun = map[string]bool{}

// TestFresh7 reads the seventh fresh batch (go run ./scripts/corpus -fresh7: ten new bodies from
// ten countries, four new layouts, other export shapes, minutes with attendance tables and
// scans) as TestFresh6 reads the sixth.
func TestFresh7(t *testing.T) {
	checkBlindBatch(t, filepath.Join("testdata", "fresh7"), 60, fresh7FactsFloor, fresh7WrongFirstRun)
}
