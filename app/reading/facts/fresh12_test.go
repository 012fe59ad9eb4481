package facts

import (
	"path/filepath"
	"testing"
)

// fresh12FactsFloor is how many facts of the twelfth fresh batch (testdata/fresh12) the readers
// got right on its first run. The batch was written blind by someone who never ran the readers on
// it nor read their code, and is read once on the merged readers: this floor and
// fresh12WrongFirstRun are set from that first run (see the batch's README) and never from a
// later one. Until that run both are empty: 0 and no entries.
const fresh12FactsFloor = 0

// fresh12WrongFirstRun are the wrong verdicts and coverage answers of the twelfth fresh batch's
// first run, set from that run. Each is a defect to fix, not an accepted answer:
// an entry that stops being wrong must be removed, and no new one may appear.
var fresh12WrongFirstRun = map[string]bool{}

// TestFresh12 reads the twelfth fresh batch (go run ./scripts/corpus -fresh12: an ordinary inbox
// of eight new bodies from eight countries on its own fixed day, mostly in common layouts with
// three new ones, list, by-status, matrix, grouped, history, merged-header, wide and transcript
// exports, formal and short minutes, and scans) as TestFresh11 reads the eleventh.
func TestFresh12(t *testing.T) {
	checkBlindBatch(t, filepath.Join("testdata", "fresh12"), 48, fresh12FactsFloor, fresh12WrongFirstRun)
}
