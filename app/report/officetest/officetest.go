// Package officetest opens spreadsheet files with LibreOffice, headless, and gives back every
// sheet's cells as LibreOffice read them, so that tests see Assay's exports as the people who
// download them do rather than through Assay's own readers.
//
// LibreOffice writes each sheet back out as CSV with every text cell quoted, so a cell's
// quoting tells its type: a quoted cell is text, an unquoted one a number or a date, shown in
// its format ("Save cell contents as shown").
package officetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"assay/app/testenv"
)

// EnvSoffice names the variable holding LibreOffice's soffice program, which scripts/test.sh
// sets.
const EnvSoffice = "ASSAY_TEST_SOFFICE"

// Cell is one cell as LibreOffice shows it.
type Cell struct {
	Text string
	// IsText says LibreOffice holds the cell as text; otherwise it is a number or a date.
	IsText bool
}

// Sheet is the rows of one sheet, without the empty cells that end a row or the empty rows
// that end the sheet.
type Sheet [][]Cell

// Workbook is the sheets of one file by name; a CSV file has one sheet, named after the file
// without its extension.
type Workbook map[string]Sheet

// csvImport reads a CSV as a person opening it would: comma separated, double quotes, UTF-8,
// from line 1, standard columns, English (US) number and date recognition, quoted fields
// detected like any other, special numbers (dates, times) detected.
const csvImport = "CSV:44,34,76,1,,1033,false,true"

// csvExport writes every sheet (token 12: -1) to <file>-<sheet>.csv: UTF-8, every text cell
// quoted, cells as shown, values rather than formulas.
const csvExport = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,true,false,false,-1"

// timeout bounds one soffice run; starting LibreOffice with a fresh profile takes seconds.
const timeout = 3 * time.Minute

// Open converts the files (paths ending .csv or .xlsx, with different names, none of them the
// name of another followed by "-") with LibreOffice, in one soffice run for the CSV files and
// one for the rest, and returns each file's sheets by path. The test
// fails in CI when soffice is missing, and skips elsewhere.
func Open(t testing.TB, files ...string) map[string]Workbook {
	t.Helper()
	testenv.Need(t, EnvSoffice)
	soffice := os.Getenv(EnvSoffice)
	var csvs, others []string
	bases := map[string]bool{}
	for _, f := range files {
		// LibreOffice names what it writes after the file alone, so names must differ.
		base := strings.ToLower(filepath.Base(f))
		if bases[base] {
			t.Fatalf("officetest: two files named %s", filepath.Base(f))
		}
		bases[base] = true
		if strings.EqualFold(filepath.Ext(f), ".csv") {
			csvs = append(csvs, f)
		} else {
			others = append(others, f)
		}
	}
	out := map[string]Workbook{}
	profile := "file://" + filepath.ToSlash(t.TempDir())
	for _, group := range []struct {
		files []string
		args  []string
	}{{csvs, []string{"--infilter=" + csvImport}}, {others, nil}} {
		if len(group.files) == 0 {
			continue
		}
		dir := t.TempDir()
		args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--norestore"}, group.args...)
		args = append(append(args, "--convert-to", csvExport, "--outdir", dir), group.files...)
		if err := run(soffice, args); err != nil {
			t.Fatalf("officetest: soffice %s: %v", strings.Join(args, " "), err)
		}
		for _, f := range group.files {
			wb, err := collect(dir, f)
			if err != nil {
				t.Fatalf("officetest: %s: %v", f, err)
			}
			out[f] = wb
		}
	}
	return out
}

// run starts soffice in a process group of its own, so that a timeout ends the launcher and
// the office process it starts together.
func run(soffice string, args []string) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var output bytes.Buffer
	cmd.Stdout, cmd.Stderr = &output, &output
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			err = fmt.Errorf("no answer within %s", timeout)
		}
		return fmt.Errorf("%w: %s", err, output.Bytes())
	}
	return nil
}

// collect reads the sheets LibreOffice wrote for file: <base>-<sheet>.csv each.
func collect(dir, file string) (Workbook, error) {
	base := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	matches, err := filepath.Glob(filepath.Join(dir, globEscape(base)+"-*.csv"))
	if err != nil {
		return nil, err
	}
	if len(matches) == 0 {
		return nil, errors.New("LibreOffice wrote no sheet of it")
	}
	wb := Workbook{}
	for _, m := range matches {
		b, err := os.ReadFile(m)
		if err != nil {
			return nil, err
		}
		sheet, err := Parse(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Base(m), err)
		}
		wb[strings.TrimSuffix(strings.TrimPrefix(filepath.Base(m), base+"-"), ".csv")] = sheet
	}
	return wb, nil
}

func globEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`)
	return r.Replace(s)
}

// Parse reads CSV as LibreOffice writes it with every text cell quoted, keeping whether each
// field was quoted. Lines end with LF or CRLF; a quoted field may hold both.
func Parse(b []byte) (Sheet, error) {
	var sheet Sheet
	var row []Cell
	s := string(bytes.TrimPrefix(b, []byte("\ufeff")))
	for i := 0; i < len(s); {
		var c Cell
		if s[i] == '"' {
			c.IsText = true
			var text strings.Builder
			for i++; ; i++ {
				if i >= len(s) {
					return nil, errors.New("a quoted field does not end")
				}
				if s[i] == '"' {
					if i+1 < len(s) && s[i+1] == '"' {
						text.WriteByte('"')
						i++
						continue
					}
					i++
					break
				}
				text.WriteByte(s[i])
			}
			c.Text = text.String()
		} else {
			end := strings.IndexAny(s[i:], ",\r\n")
			if end < 0 {
				end = len(s) - i
			}
			c.Text = s[i : i+end]
			i += end
		}
		row = append(row, c)
		switch {
		case i >= len(s):
			sheet = append(sheet, trimRow(row))
		case s[i] == ',':
			i++
			if i == len(s) {
				sheet = append(sheet, trimRow(append(row, Cell{})))
			}
			continue
		case strings.HasPrefix(s[i:], "\r\n"):
			i += 2
			sheet, row = append(sheet, trimRow(row)), nil
		case s[i] == '\n' || s[i] == '\r':
			i++
			sheet, row = append(sheet, trimRow(row)), nil
		default:
			return nil, fmt.Errorf("unexpected %q after a quoted field", s[i])
		}
	}
	for len(sheet) > 0 && len(sheet[len(sheet)-1]) == 0 {
		sheet = sheet[:len(sheet)-1]
	}
	return sheet, nil
}

func trimRow(row []Cell) []Cell {
	for len(row) > 0 && row[len(row)-1] == (Cell{}) {
		row = row[:len(row)-1]
	}
	return row
}

// Texts is the sheet's cells as shown, for messages and comparisons that ignore types.
func (s Sheet) Texts() [][]string {
	out := make([][]string, len(s))
	for i, r := range s {
		out[i] = make([]string, len(r))
		for j, c := range r {
			out[i][j] = c.Text
		}
	}
	return out
}
