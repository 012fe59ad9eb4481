package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"sort"
	"strconv"

	"github.com/labstack/echo/v4"

	"assay/app/assessments"
	"assay/app/questionnaire"
	"assay/app/report"
	"assay/app/store"
)

// exportPageSize is how many vendors the list export reads per query: the largest page the
// store serves, so a big portfolio streams out in few queries without being held in memory.
const exportPageSize = 200

// answerText renders an answer as the assessment page shows it: option labels, Yes/No.
var answerText = funcs["answer"].(func(*questionnaire.Question, any) string)

func (s *Server) exportVendorsCSV(c echo.Context) error  { return s.exportVendors(c, "csv") }
func (s *Server) exportVendorsXLSX(c echo.Context) error { return s.exportVendors(c, "xlsx") }

// exportVendors streams the filtered vendor list, one store page at a time. The first page is
// read before anything is sent, so a failing database still gets a proper error response.
func (s *Server) exportVendors(c echo.Context, format string) error {
	ctx := c.Request().Context()
	f, err := s.exportVendorsFilter(c)
	if err != nil {
		return err
	}
	pg, err := s.Store.Vendors(ctx, f)
	if err != nil {
		return err
	}
	ctype := report.CSVContentType
	if format == "xlsx" {
		ctype = report.XLSXContentType
	}
	attachment(c, fmt.Sprintf("vendors-%s.%s", s.Now().UTC().Format("2006-01-02"), format), ctype)
	c.Response().WriteHeader(http.StatusOK)

	var tw report.TableWriter
	if format == "xlsx" {
		if tw, err = report.NewXLSX(c.Response(), "Vendors"); err != nil {
			return s.abortDownload(c, err)
		}
	} else {
		tw = report.NewCSV(c.Response())
	}
	if err := tw.Row(report.VendorHeader()...); err != nil {
		return s.abortDownload(c, err)
	}
	for {
		for _, r := range pg.Rows {
			if err := tw.Row(vendorLine(r).Cells()...); err != nil {
				return s.abortDownload(c, err)
			}
		}
		// Keyset pages: each query starts after the last vendor written, so a vendor registered
		// while the export runs is neither repeated nor makes another one skipped.
		if pg.Next == nil {
			break
		}
		f.After = pg.Next
		if pg, err = s.Store.Vendors(ctx, f); err != nil {
			return s.abortDownload(c, err)
		}
	}
	if err := tw.Close(); err != nil {
		return s.abortDownload(c, err)
	}
	return nil
}

// abortDownload ends a download that failed after its first bytes were sent. The status line
// is gone by then, so the connection is cut instead: the client sees a failed download rather
// than a file that looks complete but is not.
func (s *Server) abortDownload(c echo.Context, err error) error {
	level := slog.LevelError
	if errors.Is(err, context.Canceled) {
		level = slog.LevelDebug
	}
	s.Log.Log(c.Request().Context(), level, "download aborted", "path", redactPath(c.Request().URL.Path), "error", err)
	panic(http.ErrAbortHandler)
}

func vendorLine(r store.VendorRow) report.VendorLine {
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

func (s *Server) exportAssessmentCSV(c echo.Context) error {
	return s.assessmentDownload(c, "csv", report.CSVContentType)
}

func (s *Server) exportAssessmentXLSX(c echo.Context) error {
	return s.assessmentDownload(c, "xlsx", report.XLSXContentType)
}

// downloadReport serves the PDF report. Procurement get it too, without what they may not see
// elsewhere either: evidence file names and the details of history events (which hold answer
// values and file names).
func (s *Server) downloadReport(c echo.Context) error {
	return s.assessmentDownload(c, "pdf", report.PDFContentType)
}

// assessmentDownload builds one assessment's file in memory (it is small) and sends it with
// its length, so a failure while building it is still an ordinary error response.
func (s *Server) assessmentDownload(c echo.Context, format, ctype string) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	full := hasRole(principal(c).User, store.RoleAdmin, store.RoleAnalyst)
	a, err := s.assessmentReport(c.Request().Context(), id, format == "pdf", !full)
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
func (s *Server) assessmentReport(ctx context.Context, id uint, history, restricted bool) (report.Assessment, error) {
	b, err := s.Assessments.Export(ctx, id)
	if err != nil {
		return report.Assessment{}, err
	}
	v, err := s.Store.Vendor(ctx, b.Assessment.VendorID)
	if err != nil {
		return report.Assessment{}, err
	}
	def, err := s.Assessments.Definition(ctx, store.Assessment{QuestionnaireID: b.Questionnaire.ID,
		QuestionnaireVersion: b.Questionnaire.Version, QuestionnaireHash: b.Questionnaire.Hash})
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
	if d, err := s.Store.LatestDecision(ctx, v.ID); err == nil {
		a.Vendor.DecisionConditions, a.Vendor.DecidedBy, a.Vendor.DecidedAt = d.Conditions, d.DecidedBy, d.CreatedAt
	} else if !errors.Is(err, store.ErrNotFound) {
		return report.Assessment{}, err
	}
	for _, sv := range v.Services {
		a.Vendor.Services = append(a.Vendor.Services, report.Service{Name: sv.Name, Keywords: sv.Keywords})
	}
	if r := b.Result; r != nil {
		a.Result = &report.Result{Score: r.Score, Rating: r.Rating, RedFlags: r.RedFlags, Certificate: r.Certificate,
			EngineVersion: r.EngineVersion, ComputedAt: r.ComputedAt}
	}
	sa, err := s.Store.Assessment(ctx, id)
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
		chain, err := s.Store.AuditChain(ctx, store.AssessmentChain(id))
		if err != nil {
			return report.Assessment{}, err
		}
		a.ChainIntact = true
		if err := store.VerifyAuditChain(chain); err != nil {
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
		out = append(out, report.Answer{QuestionID: id, Question: q.Text, Value: answerText(q, v)})
	}
	return out
}

// factRows lists a file's facts by name with analysts' corrections and the quoted source text.
func factRows(e assessments.BundleEvidence) []report.Fact {
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
