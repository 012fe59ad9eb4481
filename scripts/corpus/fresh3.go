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
// above all, a printed acknowledgement log and minutes) and another seed.
var fresh3 = blind{
	name: "fresh3", minutesTags: []string{"fr", "en-gb", "es", "nl", "de", "pt"},
	tableLangs: []string{"pt", "fr", "en-gb", "it", "de", "nl", "es", "en-us"},
	seed:       3000, minutes: 6, training: 5, acknowledgements: 5, plans: fresh3Plans,
	scans: map[string]scan{
		"certificates/armor-1-landscape-box-fr": {dpi: 200, noise: "0.5", blur: "0x0.4", rotate: "-0.8", format: "jpg"},
		"certificates/kowloon-1-footer-line-en": {dpi: 200, noise: "0.4", blur: "0x0.4", rotate: "0.5", format: "png"},
		"certificates/zeeland-0-attestation-nl": {dpi: 150, noise: "0.7", blur: "0x0.5", rotate: "1.3", format: "pdf"},
		"certificates/emilia-1-qr-verify-it":    {dpi: 200, noise: "0.6", blur: "0x0.5", rotate: "-1.6", format: "jpg"},
		"certificates/allgaeu-3-scope-annex-de": {dpi: 150, noise: "0.5", blur: "0x0.6", rotate: "0.9", format: "pdf"},
		"acknowledgements/00-it-print":          {dpi: 200, noise: "0.4", blur: "0x0.4", rotate: "-0.4", format: "pdf"},
		"minutes/01-en-chromium":                {dpi: 150, noise: "0.8", blur: "0x0.5", rotate: "1.1", format: "png"},
	},
}

// fresh3Plans are the certificates of each profile of the third batch, in turn.
var fresh3Plans = map[string][]certPlan{
	"tamar": {{layout: layoutLandscapeBox, state: verdictValid}, {layout: layoutFooterLine, state: verdictExpiring},
		{layout: layoutAppendix, state: verdictOutdated}, {layout: layoutLetterhead, state: verdictExpired, writer: true, placeDate: true}},
	"prairie": {{layout: layoutQRVerify, state: verdictValid}, {layout: layoutAttestation, state: verdictExpired},
		{layout: layoutTwoColumn, state: verdictValid}, {layout: layoutTable, state: verdictExpiring}},
	"allgaeu": {{layout: layoutFooterLine, state: verdictValid}, {layout: layoutSideBySide, state: verdictExpired},
		{layout: layoutAttestation, state: verdictValid}, {layout: layoutScopeAnnex, state: verdictOutdated}},
	"armor": {{layout: layoutAttestation, state: verdictExpiring}, {layout: layoutLandscapeBox, state: verdictValid},
		{layout: layoutSignature, state: verdictExpired}, {layout: layoutCombined, state: verdictValid}},
	"galicia": {{layout: layoutQRVerify, state: verdictExpiring}, {layout: layoutFooterLine, state: verdictValid},
		{layout: layoutLetterhead, state: verdictValid, writer: true, placeDate: true}, {layout: layoutAppendix, state: verdictExpired}},
	"emilia": {{layout: layoutLandscapeBox, state: verdictExpired}, {layout: layoutQRVerify, state: verdictValid},
		{layout: layoutSideBySide, state: verdictValid}, {layout: layoutSignature, state: verdictOutdated}},
	"zeeland": {{layout: layoutAttestation, state: verdictValid}, {layout: layoutQRVerify, state: verdictExpired},
		{layout: layoutTable, state: verdictValid}, {layout: layoutTwoColumn, state: verdictExpiring}},
	"alentejo": {{layout: layoutFooterLine, state: verdictExpired}, {layout: layoutLandscapeBox, state: verdictValid},
		{layout: layoutScopeAnnex, state: verdictValid}, {layout: layoutAttestation, state: verdictOutdated}},
	// Numeric day-first dates in English from a registry with no country's
	// accreditation: every day of the first two is 12 or less (the second's
	// expiry is 2 May 2026, expiring, or 5 February 2026, expired), the
	// third's issue on the 17th settles its order.
	"kowloon": {{layout: layoutQRVerify, state: verdictValid, dates: "2019-04-03 2025-02-07 2028-02-06"},
		{layout: layoutFooterLine, state: verdictValid, dates: "2017-11-09 2023-05-03 2026-05-02"},
		{layout: layoutTwoColumn, state: verdictValid, dates: "2020-10-05 2024-06-17 2027-06-16"}},
}

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
	v := c.variant
	issueK, issueV := c.issueLine(l)
	cells := [][2]string{{pick(l.Number, v), c.number}, {pick(l.Initial, v), c.date(c.initial)}, {issueK, issueV}, {pick(l.Expiry, v), c.date(c.expires)}}
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
