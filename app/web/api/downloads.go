package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/findings"
	"assay/app/model"
	"assay/app/pipeline"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/report"
	"assay/app/responses"
	"assay/app/web/httpx"
)

// downloadStore reads what the exports and the report show beside the assessment's bundle.
type downloadStore interface {
	Vendor(ctx context.Context, id uint) (model.Vendor, error)
	LatestDecision(ctx context.Context, vendorID uint) (model.VendorDecision, error)
	Assessment(ctx context.Context, id uint) (model.Assessment, error)
	AuditChain(ctx context.Context, chain string) ([]model.AuditEvent, error)
}

// downloads are the files: vendor list and assessment exports, the PDF report, evidence and
// the files of vendors' responses to findings. The pages link to the same handlers.
type downloads struct {
	store          downloadStore
	vendors        vendorList
	pipeline       *pipeline.Service
	responses      *responses.Service
	questionnaires *questionnaire.Registry
	findings       *findings.Service
	log            *slog.Logger
	now            func() time.Time
}

// vendorList reads the vendor list a page at a time.
type vendorList interface {
	List(ctx context.Context, f model.VendorFilter) (model.VendorPage, error)
}

// exportPageSize is how many vendors the list export reads per query: the largest page the
// store serves, so a big portfolio streams out in few queries without being held in memory.
const exportPageSize = 200

func (h *downloads) exportVendorsCSV(c echo.Context) error  { return h.exportVendors(c, "csv") }
func (h *downloads) exportVendorsXLSX(c echo.Context) error { return h.exportVendors(c, "xlsx") }

// exportVendors streams the filtered vendor list, one store page at a time. The first page is
// read before anything is sent, so a failing database still gets a proper error response.
func (h *downloads) exportVendors(c echo.Context, format string) error {
	ctx := c.Request().Context()
	f, err := h.exportVendorsFilter(c)
	if err != nil {
		return err
	}
	pg, err := h.vendors.List(ctx, f)
	if err != nil {
		return err
	}
	ctype := report.CSVContentType
	if format == "xlsx" {
		ctype = report.XLSXContentType
	}
	attachment(c, fmt.Sprintf("vendors-%s.%s", h.now().UTC().Format("2006-01-02"), format), ctype)
	c.Response().WriteHeader(http.StatusOK)

	var tw report.TableWriter
	if format == "xlsx" {
		if tw, err = report.NewXLSX(c.Response(), "Vendors"); err != nil {
			return h.abortDownload(c, err)
		}
	} else {
		tw = report.NewCSV(c.Response())
	}
	if err := tw.Row(report.VendorHeader()...); err != nil {
		return h.abortDownload(c, err)
	}
	for {
		for _, r := range pg.Rows {
			if err := tw.Row(vendorLine(r).Cells()...); err != nil {
				return h.abortDownload(c, err)
			}
		}
		// Keyset pages: each query starts after the last vendor written, so a vendor registered
		// while the export runs is neither repeated nor makes another one skipped.
		if pg.Next == nil {
			break
		}
		f.After = pg.Next
		if pg, err = h.vendors.List(ctx, f); err != nil {
			return h.abortDownload(c, err)
		}
	}
	if err := tw.Close(); err != nil {
		return h.abortDownload(c, err)
	}
	return nil
}

// abortDownload ends a download that failed after its first bytes were sent. The status line
// is gone by then, so the connection is cut instead: the client sees a failed download rather
// than a file that looks complete but is not.
func (h *downloads) abortDownload(c echo.Context, err error) error {
	level := slog.LevelError
	if errors.Is(err, context.Canceled) {
		level = slog.LevelDebug
	}
	h.log.Log(c.Request().Context(), level, "download aborted", "path", httpx.RedactPath(c.Request().URL.Path), "error", err)
	panic(http.ErrAbortHandler)
}

func vendorLine(r model.VendorRow) report.VendorLine {
	v, sm := r.Vendor, r.Vendor.Summary
	l := report.VendorLine{ID: v.ID, Name: v.Name, Website: v.Website, Tier: v.Tier, Decision: v.Decision,
		Status: sm.AssessmentStatus, DueOn: sm.AssessmentDueOn, LastSubmittedAt: sm.LastSubmittedAt, UpdatedAt: v.UpdatedAt}
	if sm.LatestAssessmentID != nil {
		l.AssessmentID = *sm.LatestAssessmentID
	}
	if sm.Scored() {
		l.Scored, l.ScoredAssessmentID, l.Score, l.Rating = true, *sm.ResultAssessmentID, sm.Score, sm.ComputedRating
		if sm.RatingOverridden {
			l.OverrideRating = sm.Rating
		}
		l.CertificateStatus, l.CertificateExpires = sm.CertificateStatus, sm.CertificateExpiresOn
		if sm.ScoredAt != nil {
			l.ComputedAt = *sm.ScoredAt
		}
		for _, fl := range r.RedFlags {
			l.RedFlags = append(l.RedFlags, fl.FlagID)
		}
	}
	return l
}

func (h *downloads) exportAssessmentCSV(c echo.Context, id uint) error {
	return h.assessmentDownload(c, id, "csv", report.CSVContentType)
}

func (h *downloads) exportAssessmentXLSX(c echo.Context, id uint) error {
	return h.assessmentDownload(c, id, "xlsx", report.XLSXContentType)
}

// downloadReport serves the PDF report. Procurement get it too, without what they may not see
// elsewhere either: evidence file names and the details of history events (which hold answer
// values and file names).
func (h *downloads) downloadReport(c echo.Context, id uint) error {
	return h.assessmentDownload(c, id, "pdf", report.PDFContentType)
}

// assessmentDownload builds one assessment's file in memory (it is small) and sends it with
// its length, so a failure while building it is still an ordinary error response.
func (h *downloads) assessmentDownload(c echo.Context, id uint, format, ctype string) error {
	a, err := h.assessmentReport(c.Request().Context(), id, format == "pdf", !httpx.IsEditor(c))
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	switch format {
	case "csv":
		err = report.WriteAssessmentCSV(&buf, a)
	case "xlsx":
		err = report.WriteAssessmentXLSX(&buf, a)
	default:
		var pdf []byte
		if pdf, err = report.AssessmentPDF(a); err == nil {
			buf.Write(pdf)
		}
	}
	if err != nil {
		return err
	}
	name := fmt.Sprintf("assessment-%d.%s", id, format)
	if format == "pdf" {
		name = fmt.Sprintf("assessment-%d-report.pdf", id)
	}
	attachment(c, name, ctype)
	return c.Blob(http.StatusOK, ctype, buf.Bytes())
}

// assessmentReport gathers what the exports show from the assessment's export bundle, the
// vendor record and, for the PDF, the audit chain. Restricted leaves out file names, facts
// and event details.
func (h *downloads) assessmentReport(ctx context.Context, id uint, history, restricted bool) (report.Assessment, error) {
	b, err := h.pipeline.Export(ctx, id)
	if err != nil {
		return report.Assessment{}, err
	}
	v, err := h.store.Vendor(ctx, b.Assessment.VendorID)
	if err != nil {
		return report.Assessment{}, err
	}
	def, err := h.questionnaires.Pinned(ctx, b.Questionnaire.Hash)
	if err != nil {
		return report.Assessment{}, err
	}
	a := report.Assessment{ID: b.Assessment.ID, Questionnaire: b.Questionnaire.ID, QuestionnaireVersion: b.Questionnaire.Version,
		QuestionnaireHash: b.Questionnaire.Hash, Status: b.Assessment.Status, DueOn: b.Assessment.DueOn,
		SubmittedBy: b.Assessment.SubmittedBy, GeneratedAt: b.ExportedAt, Restricted: restricted,
		Vendor: report.Vendor{ID: v.ID, Name: v.Name, Website: v.Website, Tier: v.Tier, Decision: v.Decision}}
	if b.Assessment.SubmittedAt != nil {
		a.SubmittedAt = *b.Assessment.SubmittedAt
	}
	if d, err := h.store.LatestDecision(ctx, v.ID); err == nil {
		a.Vendor.DecisionConditions, a.Vendor.DecidedBy, a.Vendor.DecidedAt = d.Conditions, d.DecidedBy, d.CreatedAt
	} else if !errors.Is(err, model.ErrNotFound) {
		return report.Assessment{}, err
	}
	for _, sv := range v.Services {
		a.Vendor.Services = append(a.Vendor.Services, report.Service{Name: sv.Name, Keywords: sv.Keywords})
	}
	if r := b.Result; r != nil {
		a.Result = &report.Result{Score: r.Score, Rating: r.Rating, RedFlags: r.RedFlags, Certificate: r.Certificate,
			EngineVersion: r.EngineVersion, ComputedAt: r.ComputedAt}
	}
	sa, err := h.store.Assessment(ctx, id)
	if err != nil {
		return report.Assessment{}, err
	}
	a.Override = reportOverride(sa)
	if !restricted {
		a.Answers = answerRows(def, b.Inputs.Answers)
	}
	for _, e := range b.Evidence {
		ev := report.Evidence{ID: e.ID, QuestionID: e.QuestionID, Kind: e.Kind, Size: e.Size, SHA256: e.SHA256, Status: e.Status}
		if !restricted {
			ev.Filename, ev.ExtractError, ev.Facts = e.Filename, e.ExtractError, factRows(e)
		}
		a.Evidence = append(a.Evidence, ev)
	}
	if history {
		chain, err := h.store.AuditChain(ctx, model.AssessmentChain(id))
		if err != nil {
			return report.Assessment{}, err
		}
		a.ChainIntact = true
		if err := model.VerifyAuditChain(chain); err != nil {
			a.ChainIntact, a.ChainProblem = false, err.Error()
		}
		for _, e := range chain {
			ev := report.Event{Seq: e.Seq, At: e.At, Actor: e.ActorLabel, ActorType: e.ActorType, Action: e.Action, Hash: e.Hash}
			if e.ObjectType != "" {
				ev.Object = e.ObjectType + " #" + strconv.FormatUint(uint64(e.ObjectID), 10)
			}
			if !restricted {
				ev.Detail, ev.IP = e.Detail, e.IP
			}
			a.History = append(a.History, ev)
		}
	}
	return a, nil
}

// answerRows lists the questions the vendor sees, in questionnaire order, with the answers
// that count (hidden or invalid ones left out, as scoring does).
func answerRows(def *questionnaire.Definition, raw map[string]any) []report.Answer {
	answers := def.Effective(questionnaire.Answers(raw))
	var out []report.Answer
	for _, id := range def.Visible(answers) {
		q, ok := def.Question(id)
		if !ok || q.Type == questionnaire.TypeEvidence {
			continue
		}
		v := answers[id]
		if list, ok := v.([]string); ok {
			items := make([]any, len(list))
			for i, x := range list {
				items[i] = x
			}
			v = items
		}
		out = append(out, report.Answer{QuestionID: id, Question: q.Text, Value: reassess.AnswerText(q, v)})
	}
	return out
}

// factRows lists a file's facts by name with analysts' corrections and the quoted source text.
func factRows(e pipeline.BundleEvidence) []report.Fact {
	quotes, _ := e.Facts["quotes"].(map[string]any)
	names := map[string]bool{}
	for k := range e.Facts {
		if k != "quotes" {
			names[k] = true
		}
	}
	for k := range e.Corrections {
		names[k] = true
	}
	sorted := make([]string, 0, len(names))
	for k := range names {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	out := make([]report.Fact, 0, len(sorted))
	for _, k := range sorted {
		f := report.Fact{Name: k, Extracted: report.FormatValue(e.Facts[k]), Quote: report.FormatValue(quotes[k])}
		f.Value = f.Extracted
		if c, ok := e.Corrections[k]; ok {
			f.Value, f.Corrected, f.CorrectedBy, f.CorrectedAt, f.Reason = report.FormatValue(c.Value), true, c.By, c.At, c.Reason
		}
		out = append(out, f)
	}
	return out
}

// attachment makes the response a download under name.
func attachment(c echo.Context, name, ctype string) {
	h := c.Response().Header()
	h.Set(echo.HeaderContentDisposition, mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	h.Set(echo.HeaderContentType, ctype)
}

// exportVendorsFilter is the list's filter for an export: the same checks, every vendor from
// the first, without the count.
func (h *downloads) exportVendorsFilter(c echo.Context) (model.VendorFilter, error) {
	p := httpx.VendorQueryOf(c)
	p.Cursor, p.PerPage = "", ""
	f, err := p.Filter(h.now())
	f.Limit = exportPageSize
	return f, err
}

// downloadEvidence streams a file to an analyst, always as an attachment so the browser
// never renders vendor-supplied content on our origin.
func (h *downloads) downloadEvidence(c echo.Context, aid, eid uint) error {
	return h.sendEvidence(c, aid, eid, false)
}

// sendEvidence streams one file of the assessment in the path. Inline, it is a preview
// (previewEvidence): only PDFs and images, framable by Assay's own pages alone; any other type goes
// to the download instead.
func (h *downloads) sendEvidence(c echo.Context, aid, eid uint, inline bool) error {
	e, rc, err := h.responses.OpenEvidence(c.Request().Context(), aid, eid)
	if err != nil {
		return err
	}
	defer rc.Close()
	disposition, csp := "attachment", "default-src 'none'; sandbox"
	if inline {
		var ok bool
		if csp, ok = previewTypes[e.ContentType]; !ok {
			return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/assessments/%d/evidence/%d", aid, eid))
		}
		disposition = "inline"
		c.Response().Header().Set("X-Frame-Options", "SAMEORIGIN")
	}
	return sendFile(c, rc, disposition, e.Filename, e.ContentType, e.Size, csp)
}

// sendFile streams a stored file under the policy csp, as an attachment unless disposition is
// inline; the type was sniffed on upload, so the browser is told not to guess another.
func sendFile(c echo.Context, r io.Reader, disposition, filename, ctype string, size int64, csp string) error {
	hd := c.Response().Header()
	hd.Set(echo.HeaderContentDisposition, mime.FormatMediaType(disposition, map[string]string{"filename": filename}))
	hd.Set(echo.HeaderContentType, ctype)
	hd.Set("Content-Length", strconv.FormatInt(size, 10))
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Content-Security-Policy", csp)
	c.Response().WriteHeader(http.StatusOK)
	_, err := io.Copy(c.Response(), r)
	return err
}

// exportAssessment serves the whole assessment as a JSON bundle, the file `assay score` reads.
func (h *downloads) exportAssessment(c echo.Context, id uint) error {
	b, err := h.pipeline.Export(c.Request().Context(), id)
	if err != nil {
		return err
	}
	c.Response().Header().Set(echo.HeaderContentDisposition,
		mime.FormatMediaType("attachment", map[string]string{"filename": fmt.Sprintf("assessment-%d.json", id)}))
	return c.JSONPretty(http.StatusOK, b, "  ")
}

// previewTypes are the only content types shown inline, with the policy each is served with;
// the bytes were sniffed on upload, so the type is what the file is, not what the vendor's
// browser claimed. Images are sandboxed; PDFs are not, because browsers' built-in PDF viewers
// refuse to run in sandboxed documents, and the PDF's own scripts run inside the viewer.
var previewTypes = map[string]string{
	"application/pdf": "default-src 'none'; frame-ancestors 'self'",
	"image/png":       "default-src 'none'; frame-ancestors 'self'; sandbox",
	"image/jpeg":      "default-src 'none'; frame-ancestors 'self'; sandbox",
}

// previewEvidence shows a PDF or image inline, framable only by Assay's own pages; any other
// type is sent to the download, which is always an attachment.
func (h *downloads) previewEvidence(c echo.Context, aid, eid uint) error {
	return h.sendEvidence(c, aid, eid, true)
}

// downloadFindingFile streams a vendor's response file to an analyst, always as an attachment.
func (h *downloads) downloadFindingFile(c echo.Context, fid, id uint) error {
	ff, rc, err := h.findings.OpenFile(c.Request().Context(), fid, id)
	if err != nil {
		return err
	}
	defer rc.Close()
	return sendFile(c, rc, "attachment", ff.Filename, ff.ContentType, ff.Size, "default-src 'none'; sandbox")
}

// reportOverride is the assessment's rating override for the exports and the PDF report; nil
// when the computed rating stands alone.
func reportOverride(a model.Assessment) *report.Override {
	o := overrideOf(a)
	if o == nil {
		return nil
	}
	return &report.Override{Rating: o.Rating, Justification: o.Justification, By: o.By, At: o.At, Stale: o.BeforeLatestResult}
}
