package scope

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// TestCorpusScopes runs Cover on every service of the reading corpora's
// manifests, against the scope text the manifest gives (not the one read
// from the file), and prints per corpus how many answers are right,
// uncertain where the analyst is sure, and wrong. It is a quick loop for
// work on the matcher; the corpus report of app/reading/facts is the
// measure. Run with SCOPE_CORPUS=1.
func TestCorpusScopes(t *testing.T) {
	if os.Getenv("SCOPE_CORPUS") == "" {
		t.Skip("set SCOPE_CORPUS=1")
	}
	paths, _ := filepath.Glob("../reading/facts/testdata/*/manifest.json")
	sort.Strings(paths)
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var m struct {
			Files []struct {
				File     string
				Facts    map[string]any
				Services []struct {
					Name     string
					Keywords []string
					Expected string
				}
			}
		}
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		right, unsure, wrong := 0, 0, 0
		seen := map[string]bool{}
		for _, f := range m.Files {
			scope, _ := f.Facts["scope"].(string)
			for _, s := range f.Services {
				key := scope + "\x00" + s.Name + "\x00" + s.Expected
				if seen[key] {
					continue
				}
				seen[key] = true
				got := Cover(scope, s.Name, s.Keywords)
				switch {
				case got.Verdict == s.Expected:
					right++
				case got.Verdict == Uncertain:
					unsure++
					if os.Getenv("SCOPE_CORPUS") == "v" {
						t.Logf("%s unsure %s: %q %q want %s: %s", filepath.Base(filepath.Dir(p)), f.File, s.Name, s.Keywords, s.Expected, got.Reason)
					}
				default:
					wrong++
					t.Errorf("%s %s: Cover(%q, %q, %q) = %s (%s), want %s", filepath.Base(filepath.Dir(p)), f.File, scope, s.Name, s.Keywords, got.Verdict, got.Reason, s.Expected)
				}
			}
		}
		t.Logf("%-8s distinct services: %d right, %d uncertain, %d wrong", filepath.Base(filepath.Dir(p)), right, unsure, wrong)
	}
}
