// Command pdfcompare measures Assay's PDF reader against pdftotext (poppler) on a folder of
// real-world PDFs: the share of pdftotext's words the reader finds, its errors, its time and
// its peak memory, for one or more builds of the reader side by side.
//
//	pdfcompare -corpus DIR -reader after=BIN [-reader before=BIN ...] [-tsv FILE]
//	pdfcompare read FILE
//
// Every tool reads every file in a child process of its own, so that the wall time and the
// peak resident memory belong to that file alone. The reference is plain `pdftotext FILE -`,
// whose memory is not measured (see peakRSS). A reader is this same program built against the commit to measure
// and run as `BIN read FILE`: it calls reading.Read with reading.DefaultLimits, the limits
// production uses, and prints the text, or on failure the kind of failure and its reason.
// bench/pdfcompare/run.sh builds it from two commits and runs the comparison.
//
// Words are compared as multisets after NFKC, case folding and removing punctuation and
// invisible formatting characters, and tokens with control characters are not words; recall is
// the share of the reference's words found in the reader's text, and a file the reader fails
// on has recall 0. Files where pdftotext finds no word are left out of recall and counted.
// The table goes to stdout, progress to stderr, and one row per file to -tsv.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"assay/app/reading"
	"assay/bench/internal/stats"
)

// exitUnreadable is the status of `pdfcompare read` when the reader returned an error.
const exitUnreadable = 3

// kindOK is the status of a tool that read a file without error.
const kindOK = "ok"

var nan = math.NaN()

func main() {
	if len(os.Args) == 3 && os.Args[1] == "read" {
		os.Exit(readOne(os.Args[2]))
	}
	var readers readerFlags
	corpus := flag.String("corpus", "", "folder of PDF files (every *.pdf in it)")
	flag.Var(&readers, "reader", "NAME=BIN: a build of this program whose `read` mode is measured; repeat for each")
	pdftotext := flag.String("pdftotext", "pdftotext", "the reference tool")
	kill := flag.Duration("kill", 2*time.Minute, "wall time after which a child is killed (the reader's own limit is reading.DefaultLimits().Timeout)")
	tsv := flag.String("tsv", "", "write one row per file and tool here")
	flag.Parse()
	if *corpus == "" || len(readers) == 0 || flag.NArg() != 0 {
		flag.Usage()
		os.Exit(2)
	}
	files, err := filepath.Glob(filepath.Join(*corpus, "*.pdf"))
	if err != nil || len(files) == 0 {
		fmt.Fprintf(os.Stderr, "pdfcompare: no *.pdf in %s\n", *corpus)
		os.Exit(1)
	}
	slices.Sort(files)

	ref := tool{name: "pdftotext", argv: func(f string) []string { return []string{*pdftotext, f, "-"} }}
	tools := []tool{ref}
	for _, r := range readers {
		bin := r.bin
		tools = append(tools, tool{name: r.name, reader: true, argv: func(f string) []string { return []string{bin, "read", f} }})
	}
	results := make([][]outcome, len(tools))
	for i, f := range files {
		for t := range tools {
			results[t] = append(results[t], tools[t].run(f, *kill))
		}
		if (i+1)%50 == 0 || i+1 == len(files) {
			fmt.Fprintf(os.Stderr, "pdfcompare: %d/%d files\n", i+1, len(files))
		}
	}
	if *tsv != "" {
		if err := writeTSV(*tsv, files, tools, results); err != nil {
			fmt.Fprintln(os.Stderr, "pdfcompare:", err)
			os.Exit(1)
		}
	}
	printTable(len(files), tools, results)
}

// readOne is the child that reads one file the way production does. On stderr it writes
// "peak<tab>KIB", its own peak resident memory, and on failure also "fail<tab>KIND<tab>REASON".
func readOne(path string) int {
	status := 0
	if err := readFile(path); err != nil {
		kind, reason := failure(err)
		fmt.Fprintf(os.Stderr, "fail\t%s\t%s\n", kind, reason)
		status = exitUnreadable
	}
	peak, err := peakRSS()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Fprintf(os.Stderr, "peak\t%d\n", peak)
	return status
}

// readFile reads path with reading.Read and the production limits, and writes its text to
// stdout.
func readFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	doc, err := reading.Read(context.Background(), f, st.Size(), "pdf", reading.DefaultLimits())
	if err != nil {
		return err
	}
	_, err = os.Stdout.WriteString(doc.Text)
	return err
}

// peakRSS is this process's peak resident memory in KiB (VmHWM). The rusage maxrss a parent
// sees is no use here: Linux counts in it the parent's own resident memory at the moment the
// child was started.
func peakRSS() (int64, error) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for line := range strings.Lines(string(status)) {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		}
	}
	return 0, errors.New("no VmHWM in /proc/self/status")
}

// failure names the kind of a reader error and gives its reason on one line.
func failure(err error) (kind, reason string) {
	var ue *reading.UnreadableError
	if !errors.As(err, &ue) {
		return "error", oneLine(err.Error())
	}
	cause := ""
	if ue.Err != nil {
		cause = ue.Err.Error()
	}
	switch {
	case errors.Is(err, reading.ErrNoTextLayer):
		return "no text layer", ue.Reason
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout", ue.Reason
	case strings.HasPrefix(cause, "panic: "):
		// reading.Read turns a panic into an UnreadableError; its first line names it.
		return "panic", oneLine(cause)
	case strings.Contains(ue.Reason, "limit"):
		return "limit", ue.Reason
	}
	return "unreadable", ue.Reason
}

func oneLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// readerFlags collects -reader NAME=BIN flags in order.
type readerFlags []struct{ name, bin string }

func (r *readerFlags) String() string { return "" }

func (r *readerFlags) Set(v string) error {
	name, bin, ok := strings.Cut(v, "=")
	if !ok || name == "" || bin == "" {
		return errors.New("want NAME=BIN")
	}
	*r = append(*r, struct{ name, bin string }{name, bin})
	return nil
}

// tool is one way of reading a PDF: the reference or a build of the reader.
type tool struct {
	name   string
	argv   func(file string) []string
	reader bool // a build of Assay's reader, whose failures say their kind
}

// outcome is what one tool made of one file.
type outcome struct {
	kind   string // kindOK, or the kind of failure
	reason string
	words  bag
	wall   time.Duration
	rssKiB int64 // peak resident memory; -1 where not measured (pdftotext)
}

// run reads file in a child process and measures it.
func (t tool) run(file string, kill time.Duration) outcome {
	ctx, cancel := context.WithTimeout(context.Background(), kill)
	defer cancel()
	argv := t.argv(file)
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	o := outcome{kind: kindOK, wall: time.Since(start), rssKiB: -1}
	if t.reader {
		for line := range strings.Lines(stderr.String()) {
			fields := strings.SplitN(strings.TrimSuffix(line, "\n"), "\t", 3)
			switch {
			case fields[0] == "peak" && len(fields) == 2:
				o.rssKiB, _ = strconv.ParseInt(fields[1], 10, 64)
			case fields[0] == "fail" && len(fields) == 3:
				o.kind, o.reason = fields[1], fields[2]
			}
		}
	}
	var exit *exec.ExitError
	switch {
	case err == nil:
		o.words = words(stdout.String())
	case ctx.Err() != nil:
		o.kind, o.reason = "killed", fmt.Sprintf("still running after %s", kill)
	case errors.As(err, &exit) && exit.ExitCode() == exitUnreadable && t.reader:
		// kind and reason came with the stderr lines above
	case !t.reader:
		o.kind, o.reason = "failed", fmt.Sprintf("%v: %s", err, lastLine(stderr.String()))
	default:
		o.kind, o.reason = "crash", fmt.Sprintf("%v: %s", err, lastLine(stderr.String()))
	}
	return o
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// longText is the fewest words pdftotext must find in a file for it to count among the files
// with a page or more of text, where one lost word does not decide the recall.
const longText = 200

// errorKinds are the kinds of failure counted, in the order the table shows them.
var errorKinds = []string{"unreadable", "no text layer", "limit", "timeout", "panic", "killed", "crash", "failed"}

// printTable writes the summary as a Markdown table: one column per tool.
func printTable(nfiles int, tools []tool, results [][]outcome) {
	ref := results[0]
	var scored, long []int // files where the reference found words; a page or more of them
	for i, o := range ref {
		if n := o.words.total(); n > 0 {
			scored = append(scored, i)
			if n >= longText {
				long = append(long, i)
			}
		}
	}
	fmt.Printf("%d PDF files; pdftotext found words in %d (recall is measured on these), %d or more words in %d.\n\n",
		nfiles, len(scored), longText, len(long))
	header, rule := "| |", "|---|"
	for _, t := range tools {
		header += " " + t.name + " |"
		rule += "---|"
	}
	fmt.Println(header)
	fmt.Println(rule)
	row := func(label string, cell func(t int) string) {
		line := "| " + label + " |"
		for t := range tools {
			line += " " + cell(t) + " |"
		}
		fmt.Println(line)
	}
	// readerRow leaves the reference's cell out: its recall is 1 by definition.
	readerRow := func(label string, cell func(t int) string) {
		row(label, func(t int) string {
			if !tools[t].reader {
				return "(reference)"
			}
			return cell(t)
		})
	}
	recalls := func(t int, files []int) []float64 {
		var xs []float64
		for _, i := range files {
			xs = append(xs, recall(ref[i].words, results[t][i].words))
		}
		return xs
	}
	count := func(t int, files []int, is func(o outcome) bool) string {
		n := 0
		for _, i := range files {
			if is(results[t][i]) {
				n++
			}
		}
		return strconv.Itoa(n)
	}
	all := make([]int, nfiles)
	for i := range all {
		all[i] = i
	}

	readerRow("word recall, median", func(t int) string { return pct(stats.Median(recalls(t, scored))) })
	readerRow("word recall, p10", func(t int) string { return pct(percentile(recalls(t, scored), 0.10)) })
	readerRow("word recall, mean", func(t int) string { return pct(mean(recalls(t, scored))) })
	readerRow("files with recall ≥ 99%", func(t int) string {
		n := 0
		for _, r := range recalls(t, scored) {
			if r >= 0.99 {
				n++
			}
		}
		return strconv.Itoa(n)
	})
	readerRow(fmt.Sprintf("word recall, median (files of %d+ words)", longText), func(t int) string { return pct(stats.Median(recalls(t, long))) })
	readerRow(fmt.Sprintf("word recall, p10 (files of %d+ words)", longText), func(t int) string { return pct(percentile(recalls(t, long), 0.10)) })
	readerRow("word precision, median (files read)", func(t int) string {
		var xs []float64
		for _, i := range scored {
			if o := results[t][i]; o.kind == kindOK && o.words.total() > 0 {
				xs = append(xs, recall(o.words, ref[i].words))
			}
		}
		return pct(stats.Median(xs))
	})
	failed := func(o outcome) bool { return o.kind != kindOK }
	row("errors, all files", func(t int) string { return count(t, all, failed) })
	row("errors where pdftotext found words", func(t int) string { return count(t, scored, failed) })
	for _, kind := range errorKinds {
		row("errors of kind: "+kind, func(t int) string {
			return count(t, all, func(o outcome) bool { return o.kind == kind })
		})
	}
	durations := func(t int) []float64 {
		var xs []float64
		for _, o := range results[t] {
			xs = append(xs, o.wall.Seconds())
		}
		return xs
	}
	row("time, total", func(t int) string { return fmt.Sprintf("%.1f s", sum(durations(t))) })
	row("time per file, median", func(t int) string { return fmt.Sprintf("%.0f ms", 1000*stats.Median(durations(t))) })
	row("time per file, p95", func(t int) string { return fmt.Sprintf("%.0f ms", 1000*percentile(durations(t), 0.95)) })
	row("time per file, max", func(t int) string { return fmt.Sprintf("%.1f s", percentile(durations(t), 1)) })
	rss := func(t int) []float64 {
		var xs []float64
		for _, o := range results[t] {
			if o.rssKiB >= 0 {
				xs = append(xs, float64(o.rssKiB)/1024)
			}
		}
		return xs
	}
	mib := func(x float64) string {
		if math.IsNaN(x) {
			return "not measured"
		}
		return fmt.Sprintf("%.0f MiB", x)
	}
	row("peak RSS per file, median", func(t int) string { return mib(stats.Median(rss(t))) })
	row("peak RSS per file, p95", func(t int) string { return mib(percentile(rss(t), 0.95)) })
	row("peak RSS per file, max", func(t int) string { return mib(percentile(rss(t), 1)) })
}

func sum(xs []float64) float64 {
	total := 0.0
	for _, x := range xs {
		total += x
	}
	return total
}

// mean is the average of xs, NaN when xs is empty.
func mean(xs []float64) float64 {
	return sum(xs) / float64(len(xs))
}

// percentile is the nearest-rank p-th percentile of xs (p in (0, 1]): the smallest value with
// at least a share p of xs at or below it; NaN when xs is empty.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return nan
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	k := int(math.Ceil(p*float64(len(s)))) - 1
	return s[max(k, 0)]
}

func pct(x float64) string {
	if math.IsNaN(x) {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*x)
}

// writeTSV writes one row per file: the reference's outcome, then each reader's.
func writeTSV(path string, files []string, tools []tool, results [][]outcome) error {
	var b strings.Builder
	b.WriteString("file")
	for _, t := range tools {
		for _, col := range []string{"status", "words", "recall", "ms", "rss_kib", "reason"} {
			b.WriteString("\t" + t.name + "_" + col)
		}
	}
	b.WriteString("\n")
	for i, f := range files {
		b.WriteString(filepath.Base(f))
		for t := range tools {
			o := results[t][i]
			r := "-"
			if t > 0 {
				r = fmt.Sprintf("%.4f", recall(results[0][i].words, o.words))
			}
			fmt.Fprintf(&b, "\t%s\t%d\t%s\t%d\t%d\t%s", o.kind, o.words.total(), r, o.wall.Milliseconds(), o.rssKiB,
				strings.ReplaceAll(o.reason, "\t", " "))
		}
		b.WriteString("\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
