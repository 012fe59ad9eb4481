package main

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strings"
)

// The third fresh batch (-fresh3, issue "Read the world's evidence"):
// nine bodies and organisations no batch has, other wordings again, four
// layouts real bodies use that no batch had (a landscape page with the
// details in a box, the dates only in a footer line, an attestation letter,
// a QR verification block), dates in English with and without a day above
// 12 to settle their order, reports, logs, minutes, scans (the new layouts
// above all, a printed acknowledgement log and minutes) and another seed. Its settings, the
// certificates planned and the scans are data/fresh3-batch.json; this file
// has the code of its layouts.

// fresh3CSS styles the third batch's layouts: the box of details, the
// footer line, the verification block and the letter.
const fresh3CSS = `<style>
table.box { width: 100%; border: 2px solid #1d3c6e; border-collapse: collapse; margin: 5mm 0; }
table.box th { font-size: 9pt; font-weight: normal; color: #444; text-align: left; padding: 2mm 3mm 0 3mm; border-left: 1px solid #1d3c6e; }
table.box td { font-size: 12pt; font-weight: bold; padding: 1mm 3mm 2.5mm 3mm; border-left: 1px solid #1d3c6e; }
.fline { position: fixed; bottom: 0; left: 0; right: 0; border-top: 1px solid #777; font-size: 8.5pt; color: #333; padding-top: 1.5mm; text-align: center; }
.verify { display: flex; align-items: center; gap: 5mm; border: 1px dashed #777; padding: 3mm; margin: 6mm 10mm 0 10mm; font-size: 9pt; }
.verify .url { font-family: "DejaVu Sans Mono", monospace; }
.ldate { text-align: right; margin: 4mm 0 10mm 0; }
.letter p { text-align: justify; line-height: 1.45; }
</style>
`

// landscapeCSS turns the page and closes the certificate up to fit it.
const landscapeCSS = `<style>
@page { size: A4 landscape; margin: 12mm 18mm; }
.lh { margin-bottom: 4mm; }
h1 { margin: 3mm 0; font-size: 20pt; }
p { margin: 2mm 0; }
.foot { margin-top: 6mm; }
</style>
`

// landscapeBox is a landscape certificate whose number and dates stand
// side by side in one bordered box, each label above its value.
func (c *cert) landscapeBox(l certLabels) string {
	cells := c.detailCells(l)
	var b strings.Builder
	b.WriteString(fresh3CSS + landscapeCSS + c.header() + c.front(l) + c.scopeBlock(l) + "<table class=\"box\"><tr>")
	for _, kv := range cells {
		fmt.Fprintf(&b, "<th>%s</th>", esc(strings.TrimSuffix(kv[0], ":")))
	}
	b.WriteString("</tr><tr>")
	for _, kv := range cells {
		fmt.Fprintf(&b, "<td>%s</td>", esc(kv[1]))
	}
	b.WriteString("</tr></table>\n")
	return b.String() + c.footer(l)
}

// detailCells are the number and dates as label and value, for layouts
// that set each label apart from its value.
func (c *cert) detailCells(l certLabels) [][2]string {
	v := c.variant
	issueK, issueV := c.issueLine(l)
	return [][2]string{{pick(l.Number, v), c.number}, {pick(l.Initial, v), c.date(c.initial)}, {issueK, issueV}, {pick(l.Expiry, v), c.date(c.expires)}}
}

// footerLine names the number and the first certification in the body,
// and writes the issue and expiry only in a line at the foot of the page:
// "Issue 3 | 1 March 2025 | valid to 28 February 2028".
func (c *cert) footerLine(l certLabels) string {
	var b strings.Builder
	b.WriteString(fresh3CSS + c.header() + c.front(l) + c.scopeBlock(l) + c.numberAndInitial(l) + c.footer(l))
	issue := 2 + (c.issued.Year()-c.initial.Year())/3
	fmt.Fprintf(&b, "<div class=\"fline\">%s &nbsp;|&nbsp; %s %d &nbsp;|&nbsp; %s &nbsp;|&nbsp; %s %s</div>\n",
		esc(c.number), esc(l.IssueNo), issue, esc(c.date(c.issued)), esc(l.ValidTo), esc(c.date(c.expires)))
	return b.String()
}

// attestation is a letter on the body's letterhead, dated by its town,
// that confirms the certificate in running prose: its number, standard,
// first certification, issue and expiry, then the scope.
func (c *cert) attestation(l certLabels) string {
	dated := c.p.Body.Town + ", " + c.date(c.letter)
	if lang(c.p.Tag) == "fr" {
		dated = c.p.Body.Town + ", le " + c.date(c.letter)
	}
	body := fmt.Sprintf(l.LetterBody, c.p.Org, c.standard, c.number, c.date(c.initial), c.date(c.issued), c.date(c.expires))
	var b strings.Builder
	b.WriteString(fresh3CSS + c.header())
	fmt.Fprintf(&b, "<p class=\"ldate\">%s</p>\n<p><b>%s</b></p>\n<div class=\"letter\"><p>%s</p>\n<p>%s</p>\n", esc(dated), esc(l.LetterTitle), esc(l.LetterTo), esc(body))
	fmt.Fprintf(&b, "<p>%s</p>\n<p class=\"scope\">%s</p>\n<p>%s</p></div>\n", esc(l.LetterScope), esc(c.p.Scope), esc(l.LetterClose))
	return b.String() + c.footer(l)
}

// qrVerify is a certificate with a QR code and the address of the body's
// online register under its details.
func (c *cert) qrVerify(l certLabels) string {
	url := "https://" + c.p.Body.Web + "/c/" + strings.NewReplacer("/", "-", " ", "-", ".", "-").Replace(c.number)
	var b strings.Builder
	b.WriteString(fresh3CSS + c.header() + c.front(l) + c.scopeBlock(l) + c.details(l, c.p.Tag))
	fmt.Fprintf(&b, "<div class=\"verify\">%s<div><b>%s</b><br>%s<br><span class=\"url\">%s</span></div></div>\n", qrCode(url), esc(l.Verify), esc(l.VerifyHint), esc(url))
	return b.String() + c.footer(l)
}

// qrCode draws something that looks like a QR code of s: its three finder
// squares and modules drawn from a hash of s. Nobody scans it.
func qrCode(s string) string {
	const n = 25
	h := fnv.New64a()
	h.Write([]byte(s))
	r := rand.New(rand.NewPCG(h.Sum64(), 0))
	var b strings.Builder
	fmt.Fprintf(&b, `<svg width="24mm" height="24mm" viewBox="0 0 %d %d"><rect width="%d" height="%d" fill="#fff"/>`, n+2, n+2, n+2, n+2)
	for y := range n {
		for x := range n {
			on := r.IntN(2) == 0
			for _, f := range [][2]int{{0, 0}, {n - 7, 0}, {0, n - 7}} {
				dx, dy := x-f[0], y-f[1]
				if dx >= -1 && dx <= 7 && dy >= -1 && dy <= 7 {
					ring := max(abs(dx-3), abs(dy-3))
					on = ring != 2 && ring != 4
				}
			}
			if on {
				fmt.Fprintf(&b, `<rect x="%d" y="%d" width="1" height="1"/>`, x+1, y+1)
			}
		}
	}
	return b.String() + "</svg>"
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
