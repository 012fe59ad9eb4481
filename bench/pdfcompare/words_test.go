package main

import (
	"math"
	"testing"
)

func TestWordsNormalise(t *testing.T) {
	got := words("The ﬁrst  Offer,\tDON’T (the) ﬁrst-rate — «Straße»\n42. \u202bzero\u200b\u202c \x96\x8a\x03 a\x03b")
	want := bag{"the": 2, "first": 1, "offer": 1, "dont": 1, "firstrate": 1, "strasse": 1, "42": 1, "zero": 1}
	if len(got) != len(want) {
		t.Fatalf("words = %v, want %v", got, want)
	}
	for w, n := range want {
		if got[w] != n {
			t.Errorf("words[%q] = %d, want %d (all: %v)", w, got[w], n, got)
		}
	}
}

func TestRecall(t *testing.T) {
	ref := words("the cat saw the other cat and the dog")
	for _, tc := range []struct {
		name string
		got  string
		want float64
	}{
		{"same text", "the cat saw the other cat and the dog", 1},
		{"other order and case", "Dog the THE cat. cat other saw and the", 1},
		{"a repeat counts once per occurrence", "the cat saw other and dog", 6.0 / 9},
		{"two words run together are both missed", "thecat saw the other cat and the dog", 7.0 / 9},
		{"extra words do not count", "the cat saw the other cat and the dog and a bird", 1},
		{"nothing read", "", 0},
	} {
		if r := recall(ref, words(tc.got)); math.Abs(r-tc.want) > 1e-9 {
			t.Errorf("%s: recall = %.4f, want %.4f", tc.name, r, tc.want)
		}
	}
	if r := recall(words(" - … "), words("anything")); !math.IsNaN(r) {
		t.Errorf("recall of a reference without words = %v, want NaN", r)
	}
}

func TestPercentile(t *testing.T) {
	xs := []float64{5, 1, 4, 2, 3, 10, 9, 8, 7, 6}
	for _, tc := range []struct{ p, want float64 }{{0.10, 1}, {0.5, 5}, {0.95, 10}, {1, 10}} {
		if got := percentile(xs, tc.p); got != tc.want {
			t.Errorf("percentile(p=%v) = %v, want %v", tc.p, got, tc.want)
		}
	}
	if !math.IsNaN(percentile(nil, 0.5)) {
		t.Error("percentile of nothing is not NaN")
	}
}
