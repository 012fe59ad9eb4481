package facts

import (
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"assay/app/evidence"
)

// The fuzz targets feed the extractors hostile text and check that they
// neither panic nor hang, and that whatever they return keeps the promises
// of the package: dates as YYYY-MM-DD, percentages within 0-100, counts
// that add up. Run one with, for example:
//
//	go test -run=XXX -fuzz=FuzzCertificate -fuzztime=15s ./app/reading/facts/

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"14 March 2027", "March 14, 2027", "14 Mar 2027", "2027-03-14", "14.03.2027",
		"14/03/2027", "03/14/2027", "03/04/2027", "14-03-2027", "14th March 2027", "Friday, 14 March 2025",
		"2026-01-15T10:22:00Z", "15/01/2026 09:05 pm", "31 April 2027", "29/02/2028", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDate(s)
		if !ok {
			return
		}
		if d.Year() < minYear || d.Year() > maxYear || d.Location() != time.UTC || d.Hour() != 0 {
			t.Fatalf("ParseDate(%q) = %v", s, d)
		}
		again, ok := ParseDate(d.Format(time.DateOnly))
		if !ok || !again.Equal(d) {
			t.Fatalf("ParseDate(%q) = %v does not survive a round trip", s, d)
		}
	})
}

func FuzzFindDates(f *testing.F) {
	for _, s := range corpus {
		for _, l := range strings.Split(s.doc.Text, "\n") {
			if hasYear(l) {
				f.Add(l)
			}
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, m := range FindDates(text) {
			if m.Start < end || m.End <= m.Start || m.End > len(text) || text[m.Start:m.End] != m.Text {
				t.Fatalf("FindDates(%q): bad match %+v", text, m)
			}
			end = m.End
		}
	})
}

// fuzzDoc makes a document of the fuzzed text, and a table of the same
// text split into rows and cells, so that both paths are exercised.
func fuzzDoc(text string, asTable bool) Document {
	if !asTable {
		return Document{Kind: "txt", Text: text}
	}
	var rows [][]string
	for _, l := range strings.Split(text, "\n") {
		rows = append(rows, strings.Split(l, "|"))
	}
	return Document{Kind: "xlsx", Tables: []Table{{Name: "fuzz", Rows: rows}}}
}

// addSeeds seeds a fuzz target with the corpus, cut into pieces of a few
// lines: short seeds keep the fuzzer mutating rather than spending its
// time minimising long inputs.
func addSeeds(f *testing.F, question string) {
	const chunk = 4
	add := func(lines []string, asTable bool) {
		for i := 0; i < len(lines); i += chunk {
			f.Add(strings.Join(lines[i:min(i+chunk, len(lines))], "\n"), asTable)
		}
	}
	for _, s := range append(corpus, heldOut...) {
		if s.question != question {
			continue
		}
		add(strings.Split(s.doc.Text, "\n"), false)
		for _, t := range s.doc.Tables {
			var lines []string
			for _, r := range t.Rows {
				lines = append(lines, strings.Join(r, "|"))
			}
			add(lines, true)
		}
	}
}

// checkFacts holds every extractor to the package's promises.
func checkFacts(t *testing.T, facts evidence.Facts) {
	t.Helper()
	f := facts.Values()
	for k, v := range f {
		switch v := v.(type) {
		case string:
			if isDateKey(k) {
				if _, err := time.Parse(time.DateOnly, v); err != nil {
					t.Fatalf("%s = %q is not YYYY-MM-DD", k, v)
				}
			}
			if !utf8.ValidString(v) && utf8.ValidString(k) {
				// Invalid input may give invalid output, but only from
				// invalid input; nothing to check beyond not crashing.
				continue
			}
		case float64:
			if v < 0 || k == evidence.KeyCompletionRate && v > 100 {
				t.Fatalf("%s = %v", k, v)
			}
		}
	}
	if rows, ok := f[evidence.KeyRows].(float64); ok {
		if c, _ := f[evidence.KeyCompleted].(float64); c > rows {
			t.Fatalf("completed %v > rows %v", c, rows)
		}
		if p, _ := f[evidence.KeyPeople].(float64); p > rows {
			t.Fatalf("people %v > rows %v", p, rows)
		}
	}
	// The newest date is never before the oldest. Either may be missing alone: where its day
	// and month cannot be told apart, that end is a doubt with both readings, not a fact.
	for _, pair := range [][2]string{{evidence.KeyNewestCompletion, evidence.KeyOldestCompletion}, {evidence.KeyNewestSignature, evidence.KeyOldestSignature}} {
		newest, okNew := f[pair[0]].(string)
		oldest, okOld := f[pair[1]].(string)
		if okNew && okOld && newest < oldest {
			t.Fatalf("%s %s before %s %s: %v", pair[0], newest, pair[1], oldest, f)
		}
	}
	for k, q := range facts.Quotes() {
		if len(q) > maxQuote+len("…") {
			t.Fatalf("quote for %s is %d bytes", k, len(q))
		}
	}
}

func isDateKey(k string) bool {
	switch k {
	case evidence.KeyIssuedOn, evidence.KeyExpiresOn, evidence.KeyNewestCompletion, evidence.KeyOldestCompletion, evidence.KeyMeetingDate, evidence.KeyNewestSignature, evidence.KeyOldestSignature:
		return true
	}
	return false
}

func FuzzCertificate(f *testing.F) {
	addSeeds(f, evidence.QuestionCertificate)
	f.Fuzz(func(t *testing.T, text string, asTable bool) {
		facts, err := Certificate(fuzzDoc(text, asTable))
		if err != nil {
			return
		}
		checkFacts(t, evidence.Facts{Certificate: &facts})
		if s := facts.Scope.Value; len(s) > maxScope+len("…") {
			t.Fatalf("scope of %d bytes", len(s))
		}
	})
}

func FuzzTraining(f *testing.F) {
	addSeeds(f, evidence.QuestionTrainingReport)
	f.Fuzz(func(t *testing.T, text string, asTable bool) {
		facts, err := Training(fuzzDoc(text, asTable))
		if err == nil {
			checkFacts(t, evidence.Facts{Training: &facts})
		}
	})
}

func FuzzMinutes(f *testing.F) {
	addSeeds(f, evidence.QuestionReviewMinutes)
	f.Fuzz(func(t *testing.T, text string, asTable bool) {
		facts, err := Minutes(fuzzDoc(text, asTable))
		if err == nil {
			checkFacts(t, evidence.Facts{Minutes: &facts})
		}
	})
}

func FuzzAcknowledgements(f *testing.F) {
	addSeeds(f, evidence.QuestionAcknowledgements)
	f.Fuzz(func(t *testing.T, text string, asTable bool) {
		facts, err := Acknowledgements(fuzzDoc(text, asTable))
		if err != nil {
			return
		}
		checkFacts(t, evidence.Facts{Acknowledgements: &facts})
		share, ok := AcknowledgementShare(facts, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
		if ok && (share < 0 || share > 100) {
			t.Fatalf("share %v", share)
		}
	})
}

// TestHostileInputIsQuick feeds each extractor inputs built to make naive
// parsers slow (one huge line full of labels, a million cells, deep
// repetition) and checks they finish in reasonable time.
func TestHostileInputIsQuick(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	// Each input is built at two sizes, n and 4n, and read at both in the same run: work that
	// grows with the input takes about 4 times as long at 4n, quadratic work 16 times. A ratio
	// of CPU times is what this shared machine can measure honestly; wall-clock limits, and
	// even wall-clock ratios, failed under load.
	// Sizes are a few hundred KB at 4n: enough that anything quadratic shows, small enough to
	// keep the suite quick.
	inputs := map[string]func(n int) string{
		"labels": func(n int) string {
			return strings.Repeat("expiry date valid until issue date ", 2000*n) + "1 May 2028"
		},
		"dates":    func(n int) string { return strings.Repeat("Expiry date: 1 May 2028 ", 2000*n) },
		"numbers":  func(n int) string { return strings.Repeat("certificate no certificate number ", 2000*n) },
		"cells":    func(n int) string { return "Name,Date,Status" + strings.Repeat(",x", 50000*n) },
		"lines":    func(n int) string { return strings.Repeat("Sites:\n", 7500*n) },
		"scope":    func(n int) string { return "Scope:\n" + strings.Repeat("\n", 12500*n) + strings.Repeat("a ", 12500*n) },
		"attendee": func(n int) string { return "Attendees\n" + strings.Repeat("Jane, Tom, Ana\n", 5000*n) },
		"rows": func(n int) string {
			return "Name,Date,Status\n" + strings.Repeat("Jane Doe,2026-01-01,Completed\n", 5000*n)
		},
	}
	// The time counted is the CPU time of the reading's own thread, which waiting for a core on
	// a busy machine does not add to.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	read := func(text string) time.Duration {
		start := threadCPU(t)
		for _, q := range []string{evidence.QuestionCertificate, evidence.QuestionTrainingReport, evidence.QuestionReviewMinutes, evidence.QuestionAcknowledgements} {
			_, _ = For(q, Document{Text: text})
		}
		return threadCPU(t) - start
	}
	for name, build := range inputs {
		small, large := build(1), build(4)
		// The fastest of two readings of each, so that a pause of the machine during one
		// reading does not pass for growth.
		base := min(read(small), read(small))
		took := min(read(large), read(large))
		ratio := float64(took) / float64(max(base, time.Millisecond))
		if ratio > 10 {
			t.Errorf("%s: %d KB took %v, %d KB took %v: %.1f times as long for 4 times the input", name,
				len(small)/1024, base, len(large)/1024, took, ratio)
		} else {
			t.Logf("%s: %v at %d KB, %v at %d KB (x%.1f)", name, base, len(small)/1024, took, len(large)/1024, ratio)
		}
	}
}

// threadCPU is the CPU time the calling OS thread has used, user and system.
func threadCPU(t *testing.T) time.Duration {
	const rusageThread = 1 // RUSAGE_THREAD, Linux
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
