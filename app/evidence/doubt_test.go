package evidence_test

import (
	"testing"

	"assay/app/evidence"
)

// TestQuestion checks that a known fact made doubtful keeps its quote and
// its value as the one reading, leaves the values rules see, and comes
// back from JSON the same; an unknown fact cannot be questioned.
func TestQuestion(t *testing.T) {
	f := evidence.Facts{Certificate: &evidence.Certificate{
		ExpiresOn: evidence.FactOf(evidence.Date("2027-06-30"), "Valid until: | 30 June 2027"),
		Edition:   evidence.FactOf("2022", "ISO/IEC 27001:2022"),
	}}
	if !f.Question(evidence.KeyExpiresOn, "read by OCR at 64 % confidence") {
		t.Fatal("a known fact was not questioned")
	}
	if f.Question(evidence.KeyScope, "read by OCR at 64 % confidence") || f.Question("no_such_key", "why") {
		t.Error("an unknown fact was questioned")
	}
	e := f.Certificate.ExpiresOn
	if e.Known || e.Doubt != "read by OCR at 64 % confidence" || len(e.Readings) != 1 || e.Readings[0] != "2027-06-30" || e.Quote != "Valid until: | 30 June 2027" {
		t.Fatalf("expires_on = %+v", e)
	}
	if _, ok := f.Values()[evidence.KeyExpiresOn]; ok {
		t.Error("rules still see the doubtful expiry")
	}
	b, err := f.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var back evidence.Facts
	if err := back.UnmarshalJSON(b); err != nil {
		t.Fatal(err)
	}
	if got := back.Certificate.ExpiresOn; got.Doubt != e.Doubt || got.Readings[0] != e.Readings[0] || got.Known {
		t.Errorf("after JSON: %+v", got)
	}
	if !back.Certificate.Edition.Known {
		t.Error("the edition lost its value")
	}
}
