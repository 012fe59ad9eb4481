package keyfile

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Processes starting at the same instant on a fresh folder must all end up with one key, and a
// reader must never see a half-written file.
func TestStartingTogetherGivesOneKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys", "audit.key")
	keys := make([][]byte, 32)
	errs := make([]error, len(keys))
	var wg sync.WaitGroup
	for i := range keys {
		wg.Go(func() { keys[i], errs[i] = Load(path, 32, 16, Hex) })
	}
	wg.Wait()
	for i := range keys {
		if errs[i] != nil {
			t.Fatalf("load %d: %v", i, errs[i])
		}
		if !bytes.Equal(keys[i], keys[0]) {
			t.Fatalf("load %d got another key than load 0", i)
		}
	}
	if len(keys[0]) != 32 {
		t.Errorf("key has %d bytes, want 32", len(keys[0]))
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v, want 0600", info.Mode().Perm())
	}
	again, err := Load(path, 32, 16, Hex)
	if err != nil || !bytes.Equal(again, keys[0]) {
		t.Errorf("a later start read %x (%v), want the first key", again, err)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("the key folder holds %d entries, want only the key (no temporary files left)", len(entries))
	}
}

// A key file written by hand or by an earlier version is read as it is; one too short or not
// in the file's encoding is refused with the path, never replaced.
func TestExistingKeyFiles(t *testing.T) {
	dir := t.TempDir()
	want := bytes.Repeat([]byte{7}, 32)
	good := filepath.Join(dir, "device.key")
	os.WriteFile(good, []byte(base64.StdEncoding.EncodeToString(want)+"\n"), 0o600)
	got, err := Load(good, 32, 32, base64.StdEncoding)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("read %x (%v), want %x", got, err, want)
	}
	for name, body := range map[string]string{"short": "0102", "not hex": "zz not a key", "empty": ""} {
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-"))
		os.WriteFile(path, []byte(body), 0o600)
		if _, err := Load(path, 32, 16, Hex); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("%s key file: error %v, want a refusal naming the file", name, err)
		}
		if b, _ := os.ReadFile(path); string(b) != body {
			t.Errorf("%s key file was changed to %q", name, b)
		}
	}
}
