package facts

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestScannedTranscriptBlocks reads a transcript per person printed with
// a box round each block and then scanned, as OCR gives its lines: the
// box's sides read as bars or specks at a line's ends ("| Ana Lima",
// "' Rui Dias", "Course | Result | Completion date |", a line of "| |"),
// the dot between a person's details read as another mark in a cell of
// its own (": Department", "+ Team"), and a name read with its first
// letter small ("ana Lima") alone over the details and the header, in the
// seven languages. Near misses: when the line naming a person is not read
// at all, or a small-lettered line stands over the header with no details
// under it, the block's rows would count as the person's before: the
// transcript is left unread rather than count one person too few; and
// the first person's course row before any line naming a person is not
// dropped silently.
func TestScannedTranscriptBlocks(t *testing.T) {
	small := func(s string) string {
		r, n := utf8.DecodeRuneInString(s)
		return string(unicode.ToLower(r)) + s[n:]
	}
	for _, l := range exportLangs {
		t.Run(l.lang, func(t *testing.T) {
			details := strings.SplitN(personDetails[l.lang], " · ", 2)
			detail := func(id, mark string) string {
				return strings.Replace(details[0], "%s", id, 1) + "\t" + mark + " " + details[1]
			}
			head := strings.Join(row(l.course, l.result, l.completed), "\t")
			blocks := [][]string{
				{"| " + small("Ana Lima"), "|\t" + detail("1001", ":"), "|\t" + head + "\t|",
					l.security + "\t" + l.passed + "\t2026-02-03\t|", l.other + "\t" + l.notStarted},
				{"' Rui Dias", detail("1002", "+"), "| |\t" + head,
					"| " + l.security + "\t" + l.notStarted, l.other + "\t" + l.passed + "\t2025-05-01 |"},
				{"‚\tEva Berg\t|", "|", detail("1003", "*"), head + " |",
					l.security + "\t" + l.passed + "\t2026-02-07"},
			}
			var lines []string
			for _, b := range blocks {
				lines = append(lines, b...)
			}
			checkTrainingRead(t, text(lines...), 3, 2, 66.7, "2026-02-07", "2026-02-03")

			cases := map[string][][]string{
				"the second name unread": {blocks[0], blocks[1][1:], blocks[2]},
				"the first name unread":  {blocks[0][1:], blocks[1], blocks[2]},
				"a small line over the header with no details": {blocks[0],
					append([]string{"printed for the review"}, blocks[1][2:]...), blocks[2]},
			}
			// The same near misses printed clean, without the box.
			clean := [][]string{
				{"Ana Lima", strings.Replace(personDetails[l.lang], "%s", "1001", 1), head, l.security + "\t" + l.passed + "\t2026-02-03", l.other + "\t" + l.notStarted},
				{"Rui Dias", strings.Replace(personDetails[l.lang], "%s", "1002", 1), head, l.security + "\t" + l.notStarted},
				{"Eva Berg", strings.Replace(personDetails[l.lang], "%s", "1003", 1), head, l.security + "\t" + l.passed + "\t2026-02-07"},
			}
			cases["clean, the second name unread"] = [][]string{clean[0], clean[1][1:], clean[2]}
			cases["clean, the first name unread"] = [][]string{clean[0][1:], clean[1], clean[2]}
			for name, bs := range cases {
				var near []string
				for _, b := range bs {
					near = append(near, b...)
				}
				if tr, err := Training(text(near...)); err == nil && tr.People.Known {
					t.Errorf("%s: read %d people, want the transcript unread", name, tr.People.Value)
				}
			}
		})
	}
}
