package facts

import (
	"path/filepath"
	"testing"
)

// fresh11FactsFloor is how many facts of the eleventh fresh batch (testdata/fresh11) the readers
// got right on its first run. The batch was written blind by someone who never ran the readers on
// it nor read their code, and was read once on the merged readers: this floor and
// fresh11WrongFirstRun are set from that first run (see the batch's README) and never from a
// later one.
const fresh11FactsFloor = 366

// fresh11WrongFirstRun are the wrong verdicts and coverage answers of the eleventh fresh batch's
// first run, set from that run. Each is a defect to fix, not an accepted answer:
// an entry that stops being wrong must be removed, and no new one may appear.
var fresh11WrongFirstRun = map[string]bool{
	"certificates/dakar-0-e-signature-fr.pdf coverage:Numérisation des archives papier":         true,
	"certificates/dakar-1-letterhead-fr.pdf coverage:Numérisation des archives papier":          true,
	"certificates/dakar-2-header-strip-fr.pdf coverage:Numérisation des archives papier":        true,
	"certificates/dakar-3-surveillance-record-fr.pdf coverage:Numérisation des archives papier": true,
}

// TestFresh11 reads the eleventh fresh batch (go run ./scripts/corpus -fresh11: an ordinary inbox
// of ten new bodies from ten countries on its own fixed day, mostly in common layouts with three
// new ones, list, grouped, matrix, history, attempt, wide, transcript and per-department
// exports, formal and short minutes, and scans) as TestFresh10 reads the tenth.
func TestFresh11(t *testing.T) {
	checkBlindBatch(t, filepath.Join("testdata", "fresh11"), 64, fresh11FactsFloor, fresh11WrongFirstRun)
}
