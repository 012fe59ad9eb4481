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
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/audit"
	"assay/app/findings"
	"assay/app/model"
	"assay/app/oscal"
	"assay/app/pipeline"
	"assay/app/report"
	"assay/app/responses"
	"assay/app/web/httpx"
)

// downloads are the files: vendor list and assessment exports, the PDF report, evidence and
// the files of vendors' responses to findings. The pages link to the same handlers.
type downloads struct {
	vendors   vendorList
	pipeline  exporter
	responses *responses.Service
	findings  *findings.Service
	replies   replyFiles
	log       *slog.Logger
	now       func() time.Time
	audit     *audit.Recorder
}

// record audits a download before it is sent; one that cannot be recorded is not sent.
func (h *downloads) record(c echo.Context, action string, assessmentID uint, objectType string, objectID uint, detail map[string]any) error {
	return h.audit.Record(c.Request().Context(), httpx.Actor(c), audit.Event{Action: action, ObjectType: objectType, ObjectID: objectID,
		Assessment: assessmentID, Detail: detail})
}

// replyFiles opens the files vendors attach to replies on questions under clarification.
type replyFiles interface {
	OpenReplyFile(ctx context.Context, assessmentID, fileID uint) (model.ReviewFile, io.ReadCloser, error)
}

// vendorList reads the vendor list a page at a time.
type vendorList interface {
	List(ctx context.Context, f model.VendorFilter) (model.VendorPage, error)
}

// exporter gathers an assessment's exports.
type exporter interface {
	Export(ctx context.Context, assessmentID uint) (pipeline.Bundle, error)
	Report(ctx context.Context, assessmentID uint, viewer string) (report.Assessment, error)
	OSCAL(ctx context.Context, assessmentID uint, viewer string) (oscal.Document, error)
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
	if err := h.record(c, "vendors.export", 0, "", 0, map[string]any{"format": format}); err != nil {
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
		// Each page goes out before the next is read: a large export starts at once and
		// never waits on more than one query.
		if err := flushDownload(c, tw); err != nil {
			return h.abortDownload(c, err)
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

// flushDownload sends what tw has made so far to the client.
func flushDownload(c echo.Context, tw report.TableWriter) error {
	if err := tw.Flush(); err != nil {
		return err
	}
	if err := http.NewResponseController(c.Response().Writer).Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
		return err
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
			l.RedFlags, l.RedFlagTitles = append(l.RedFlags, fl.FlagID), append(l.RedFlagTitles, fl.Title)
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
	a, err := h.pipeline.Report(c.Request().Context(), id, httpx.Viewer(c))
	if err != nil {
		return err
	}
	if err := h.record(c, "assessment.export", id, "assessment", id, map[string]any{"format": format}); err != nil {
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
	if err := h.record(c, "evidence.download", aid, "evidence", eid, map[string]any{"inline": inline}); err != nil {
		rc.Close()
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
	if err := h.record(c, "assessment.export", id, "assessment", id, map[string]any{"format": "json"}); err != nil {
		return err
	}
	c.Response().Header().Set(echo.HeaderContentDisposition,
		mime.FormatMediaType("attachment", map[string]string{"filename": fmt.Sprintf("assessment-%d.json", id)}))
	return c.JSONPretty(http.StatusOK, b, "  ")
}

// exportOSCAL serves the assessment as an OSCAL assessment-results document, for GRC tools.
func (h *downloads) exportOSCAL(c echo.Context, id uint) error {
	d, err := h.pipeline.OSCAL(c.Request().Context(), id, httpx.Viewer(c))
	if err != nil {
		return err
	}
	c.Response().Header().Set(echo.HeaderContentDisposition,
		mime.FormatMediaType("attachment", map[string]string{"filename": fmt.Sprintf("assessment-%d-oscal.json", id)}))
	return c.JSONPretty(http.StatusOK, d, "  ")
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
	if err := h.record(c, "finding_file.download", 0, "finding_file", ff.ID, map[string]any{"finding_id": fid}); err != nil {
		rc.Close()
		return err
	}
	defer rc.Close()
	return sendFile(c, rc, "attachment", ff.Filename, ff.ContentType, ff.Size, "default-src 'none'; sandbox")
}

// downloadReplyFile streams a file a vendor attached to a clarification reply to an analyst,
// always as an attachment, audited first.
func (h *downloads) downloadReplyFile(c echo.Context, aid, id uint) error {
	f, rc, err := h.replies.OpenReplyFile(c.Request().Context(), aid, id)
	if err != nil {
		return err
	}
	if err := h.record(c, "review_file.download", aid, "review_file", f.ID, map[string]any{"message_id": f.MessageID}); err != nil {
		rc.Close()
		return err
	}
	defer rc.Close()
	return sendFile(c, rc, "attachment", f.Filename, f.ContentType, f.Size, "default-src 'none'; sandbox")
}
