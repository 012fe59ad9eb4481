package questionnaire_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"assay/app/questionnaire"
)

// base is a small, valid questionnaire that each case breaks in one place.
const base = `id: test
version: "1.0.0"
title: Test
control: Test control
sections:
  - id: main
    title: Main
    questions:
      - id: program
        type: single
        text: Which programme
        help: Say which.
        options:
          - {id: none, label: None, points: 0}
          - {id: annual, label: Annual, points: 2}
      - id: covered
        type: yesno
        text: Covered
        help: Say.
        show_if: program != "none"
        points: {yes: 1}
      - id: rate
        type: number
        text: Rate
        help: Say.
        min: 0
        max: 100
      - id: report
        type: evidence
        text: Report
        help: Upload.
        accept: [pdf]
        points: {present: 2}
red_flags:
  - id: no-program
    severity: high
    title: No programme
    question_ids: [program]
    when: program == "none"
    explanation: No programme at all.
`

func TestBaseIsValid(t *testing.T) {
	if _, err := questionnaire.Parse("test.yaml", []byte(base)); err != nil {
		t.Fatal(err)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name     string
		old, new string
		mark     string // the expected line is the first containing mark; "# ERR" when empty
		message  string
	}{
		{
			name: "unknown question id in show_if",
			old:  `show_if: program != "none"`, new: `show_if: progam != "none" # ERR`,
			message: `show_if of covered: unknown question id "progam"`,
		},
		{
			name: "unknown option id compared with a single question",
			old:  `show_if: program != "none"`, new: `show_if: program == "weekly" # ERR`,
			message: `"weekly" is not an option of program (options: none, annual)`,
		},
		{
			name: "unknown option id in a list",
			old:  `show_if: program != "none"`, new: `show_if: program in ["annual", "weekly"] # ERR`,
			message: `"weekly" is not an option of program`,
		},
		{
			name: "yes/no question compared with a number",
			old:  "        max: 100\n", new: "        max: 100\n        show_if: covered == 1 # ERR\n",
			message: "mismatched types bool and int",
		},
		{
			name: "show_if cycle",
			old:  "        help: Say which.\n", new: "        help: Say which.\n        show_if: covered == true # ERR\n",
			message: "show_if conditions form a cycle: program → covered → program",
		},
		{
			name: "show_if on itself",
			old:  "        max: 100\n", new: "        max: 100\n        show_if: rate > 1 # ERR\n",
			message: "cycle: rate → rate",
		},
		{
			name: "duplicate question id",
			old:  "      - id: rate\n", new: "      - id: covered # ERR\n",
			message: `duplicate question id "covered" (first defined on line 16)`,
		},
		{
			name: "show_if reads an evidence question",
			old:  "        max: 100\n", new: "        max: 100\n        show_if: report != nil # ERR\n",
			message: "report is an evidence question",
		},
		{
			name: "show_if uses a rule-only function",
			old:  `show_if: program != "none"`, new: `show_if: has_evidence("report") # ERR`,
			message: "has_evidence() is only available in red-flag rules",
		},
		{
			name: "unknown accept type",
			old:  "accept: [pdf]", new: "accept: [pdf, exe] # ERR",
			message: `unknown file type "exe"`,
		},
		{
			name: "bad severity",
			old:  "severity: high", new: "severity: urgent # ERR",
			message: `severity "urgent" must be one of: critical, high, medium, low`,
		},
		{
			name: "explanation template does not parse",
			old:  "explanation: No programme at all.", new: "explanation: No {{.program # ERR",
			message: "red flag no-program: explanation:",
		},
		{
			name: "explanation reads an unknown name",
			old:  "explanation: No programme at all.", new: `explanation: "{{.programme}}" # ERR`,
			message: "unknown name .programme",
		},
		{
			name: "unknown option id in a rule",
			old:  `when: program == "none"`, new: `when: program == "never" # ERR`,
			message: `red flag no-program: when: "never" is not an option of program`,
		},
		{
			name: "unguarded comparison with an unanswered number",
			old:  `when: program == "none"`, new: `when: rate < 90 # ERR`,
			message: "red flag no-program: when fails when no question is answered",
		},
		{
			name: "unguarded fact",
			old:  `when: program == "none"`, new: `when: facts.report.completion_rate < 90 # ERR`,
			message: "fails when",
		},
		{
			name: "facts of a question that is not evidence",
			old:  `when: program == "none"`, new: `when: facts.rate.value != nil # ERR`,
			message: "facts.rate: rate is not an evidence question",
		},
		{
			name: "wall clock",
			old:  `when: program == "none"`, new: `when: now() != nil # ERR`,
			message: "now() is not available",
		},
		{
			name: "error on the second line of a literal block",
			old:  `when: program == "none"`, new: "when: |\n      program == \"none\" &&\n      progam == \"annual\"",
			mark: `progam == "annual"`, message: `unknown question id "progam"`,
		},
		{
			name: "misspelt key",
			old:  `show_if: program != "none"`, new: `showif: program != "none" # ERR`,
			message: `unknown key "showif"`,
		},
		{
			name: "required and required_if together",
			old:  "        min: 0\n", new: "        min: 0\n        required: true\n        required_if: program == \"annual\" # ERR\n",
			message: "set either required or required_if, not both",
		},
		{
			name: "unknown question in question_ids",
			old:  "question_ids: [program]", new: "question_ids: [program, nope] # ERR",
			message: `unknown question id "nope" in question_ids`,
		},
		{
			name: "duplicate option id",
			old:  "{id: annual, label: Annual, points: 2}", new: "{id: none, label: Annual, points: 2} # ERR",
			message: `duplicate option id "none" (first defined on line 14)`,
		},
		{
			name: "options on a yes/no question",
			old:  "        points: {yes: 1}\n", new: "        points: {yes: 1}\n        options:\n          - {id: a, label: A} # ERR\n",
			message: "options only apply to single and multi questions",
		},
		{
			name: "points that do not fit the type",
			old:  "points: {yes: 1}", new: "points: {present: 1} # ERR",
			message: "points.present does not apply to a yesno question",
		},
		{
			name: "question id that is not an identifier",
			old:  "      - id: rate\n", new: "      - id: completion-rate # ERR\n",
			message: `question id "completion-rate" must start with a letter`,
		},
		{
			name: "key given twice",
			old:  "        help: Upload.\n", new: "        help: Upload.\n        help: Again. # ERR\n",
			message: `mapping key "help" already defined at line 31`,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(base, c.old) {
				t.Fatalf("base does not contain %q", c.old)
			}
			src := strings.Replace(base, c.old, c.new, 1)
			mark := c.mark
			if mark == "" {
				mark = "# ERR"
			}
			line := 0
			for i, l := range strings.Split(src, "\n") {
				if strings.Contains(l, mark) {
					line = i + 1
					break
				}
			}
			_, err := questionnaire.Parse("test.yaml", []byte(src))
			if err == nil {
				t.Fatal("Parse accepted a broken file")
			}
			want := fmt.Sprintf("test.yaml:%d: ", line)
			var hit bool
			for _, l := range strings.Split(err.Error(), "\n") {
				if strings.HasPrefix(l, want) && strings.Contains(l, c.message) {
					hit = true
				}
			}
			if !hit {
				t.Errorf("error does not name line %d with %q:\n%v", line, c.message, err)
			}
		})
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	src := strings.Replace(base, "severity: high", "severity: urgent", 1)
	src = strings.Replace(src, "accept: [pdf]", "accept: [exe]", 1)
	_, err := questionnaire.Parse("test.yaml", []byte(src))
	if err == nil || !strings.Contains(err.Error(), "urgent") || !strings.Contains(err.Error(), "exe") {
		t.Errorf("want both problems reported, got %v", err)
	}
}

func TestRegistry(t *testing.T) {
	v2 := strings.Replace(base, `version: "1.0.0"`, `version: "1.10.0"`, 1)
	v9 := strings.Replace(base, `version: "1.0.0"`, `version: "1.9.0"`, 1)
	fsys := fstest.MapFS{
		"a.yaml":     {Data: []byte(base)},
		"b.yaml":     {Data: []byte(v2)},
		"c.yaml":     {Data: []byte(v9)},
		"notes.txt":  {Data: []byte("not a questionnaire")},
		"sub/x.yaml": {Data: []byte("broken: [")},
	}
	r, err := questionnaire.LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := r.Get("test"); !ok || d.Version != "1.10.0" {
		t.Errorf("Get returned %v, want the newest version 1.10.0", d)
	}
	if d, ok := r.Version("test", "1.9.0"); !ok || d.Version != "1.9.0" {
		t.Errorf("Version(1.9.0) = %v, %v", d, ok)
	}
	old, _ := r.Version("test", "1.0.0")
	if d, ok := r.ByHash(old.Hash); !ok || d != old {
		t.Errorf("ByHash did not find version 1.0.0")
	}
	if _, ok := r.Get("missing"); ok {
		t.Error("Get found a questionnaire that does not exist")
	}
	var versions []string
	for _, d := range r.All() {
		versions = append(versions, d.Version)
	}
	if strings.Join(versions, " ") != "1.0.0 1.9.0 1.10.0" {
		t.Errorf("All = %v, want sorted by version", versions)
	}

	fsys["d.yaml"] = &fstest.MapFile{Data: []byte(base)}
	if _, err := questionnaire.LoadFS(fsys); err == nil || !strings.Contains(err.Error(), "d.yaml:2: questionnaire test version 1.0.0 is also defined in a.yaml") {
		t.Errorf("duplicate id and version: got %v", err)
	}
}

func TestLint(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(good, []byte(base), 0o600); err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(strings.Replace(base, "id: test", "id: other", 1), `program != "none"`, `program == "weekly"`, 1)
	if err := os.WriteFile(bad, []byte(broken), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := questionnaire.Lint(good); err != nil {
		t.Errorf("Lint(good) = %v", err)
	}
	err := questionnaire.Lint(good, bad, filepath.Join(dir, "absent.yaml"))
	if err == nil || !strings.Contains(err.Error(), bad+":20:") || !strings.Contains(err.Error(), "absent.yaml") {
		t.Errorf("Lint did not report both the bad file with its line and the absent file: %v", err)
	}
	if err := questionnaire.Lint(); err == nil {
		t.Error("Lint with no files should fail")
	}
}
