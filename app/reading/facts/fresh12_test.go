package facts

import (
	"path/filepath"
	"testing"
)

// fresh12FactsFloor is how many facts of the twelfth fresh batch (testdata/fresh12) the readers
// got right on its first run. The batch was written blind by someone who never ran the readers on
// it nor read their code, and is read once on the merged readers: this floor and
// fresh12WrongFirstRun are set from that first run (see the batch's README) and never from a
// later one.
const fresh12FactsFloor = 282

// fresh12WrongFirstRun are the wrong verdicts and coverage answers of the twelfth fresh batch's
// first run, set from that run. Each is a defect to fix, not an accepted answer:
// an entry that stops being wrong must be removed, and no new one may appear.
var fresh12WrongFirstRun = map[string]bool{
	"certificates/gaborone-0-numbered-fields-en.pdf coverage:Death benefit trust administration":           true,
	"certificates/gaborone-1-table-en.pdf coverage:Death benefit trust administration":                     true,
	"certificates/gaborone-2-appendix-en.pdf coverage:Death benefit trust administration":                  true,
	"certificates/portofspain-0-reference-numbers-en.pdf coverage:Backup and disaster recovery":            true,
	"certificates/portofspain-1-two-column-en.pdf coverage:Backup and disaster recovery":                   true,
	"certificates/portofspain-2-certified-copy-en.pdf coverage:Backup and disaster recovery":               true,
	"certificates/portofspain-3-qr-verify-en.pdf coverage:Backup and disaster recovery":                    true,
	"certificates/windhoek-1-letterhead-de.pdf coverage:Beratung für den Bergbau":                          true,
	"certificates/windhoek-1-letterhead-de.pdf coverage:Flottentelematik":                                  true,
	"certificates/windhoek-2-landscape-box-de.pdf coverage:Beratung für den Bergbau":                       true,
	"certificates/windhoek-2-landscape-box-de.pdf coverage:Flottentelematik":                               true,
	"certificates/windhoek-3-header-strip-de.pdf coverage:Beratung für den Bergbau":                        true,
	"certificates/windhoek-3-header-strip-de.pdf coverage:Flottentelematik":                                true,
	"scans/certificates-portofspain-0-reference-numbers-en-scan.jpg coverage:Backup and disaster recovery": true,
	"scans/certificates-windhoek-0-certified-copy-de-scan.png coverage:Beratung für den Bergbau":           true,
	"scans/certificates-windhoek-0-certified-copy-de-scan.png coverage:Flottentelematik":                   true,
}

// TestFresh12 reads the twelfth fresh batch (go run ./scripts/corpus -fresh12: an ordinary inbox
// of eight new bodies from eight countries on its own fixed day, mostly in common layouts with
// three new ones, list, by-status, matrix, grouped, history, merged-header, wide and transcript
// exports, formal and short minutes, and scans) as TestFresh11 reads the eleventh.
func TestFresh12(t *testing.T) {
	checkBlindBatch(t, filepath.Join("testdata", "fresh12"), 48, fresh12FactsFloor, fresh12WrongFirstRun)
}
