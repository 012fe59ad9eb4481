package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"assay/app/store"
	"assay/static"
)

const formBodyLimit = 1 << 20

// chain joins middleware lists for one route. Echo groups with an empty prefix register
// catch-all routes that would run the last group's middleware for unknown paths, so the table
// attaches middleware per route instead.
func chain(lists ...[]echo.MiddlewareFunc) []echo.MiddlewareFunc {
	var out []echo.MiddlewareFunc
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// routes is the whole route table, one line per route, grouped by the middleware they share.
func (s *Server) routes() {
	e := s.echo
	e.Pre(middleware.RemoveTrailingSlashWithConfig(middleware.TrailingSlashConfig{RedirectCode: http.StatusMovedPermanently}))
	e.Use(middleware.Recover())
	e.Use(s.requestLog)
	e.Use(s.securityHeaders)

	e.GET("/healthz", s.healthz)
	e.GET("/readyz", s.readyz)
	e.GET("/metrics", echo.WrapHandler(metricsHandler()))
	e.GET("/static/*", echo.WrapHandler(http.StripPrefix("/static/", staticHandler(static.FS))))

	// Staff pages: session cookie; CSRF on every change.
	form := []echo.MiddlewareFunc{limitBody(formBodyLimit), s.loadStaff}
	anyStaff := chain(form, []echo.MiddlewareFunc{requireStaff(), csrf})
	editors := chain(form, []echo.MiddlewareFunc{requireStaff(store.RoleAdmin, store.RoleAnalyst), csrf})
	admins := chain(form, []echo.MiddlewareFunc{requireStaff(store.RoleAdmin), csrf})

	e.GET("/login", s.showLogin, chain(form, []echo.MiddlewareFunc{s.loginCSRF})...)
	e.POST("/login", s.login, chain(form, []echo.MiddlewareFunc{s.loginCSRF})...)
	e.POST("/logout", s.logout, anyStaff...)
	e.GET("/account/password", s.showPasswordForm, chain(form, []echo.MiddlewareFunc{signedIn, csrf})...)
	e.POST("/account/password", s.changePassword, chain(form, []echo.MiddlewareFunc{signedIn, csrf})...)
	e.GET("/", s.home, anyStaff...)
	e.GET("/vendors", s.listVendors, anyStaff...)
	e.GET("/vendors/export.csv", s.exportVendorsCSV, anyStaff...)
	e.GET("/vendors/export.xlsx", s.exportVendorsXLSX, anyStaff...)
	e.GET("/vendors/:id", s.showVendor, anyStaff...)
	e.GET("/assessments/:id", s.showAssessment, anyStaff...)
	e.GET("/assessments/:id/report.pdf", s.downloadReport, anyStaff...)
	e.GET("/vendors/new", s.newVendor, editors...)
	e.POST("/vendors", s.createVendor, editors...)
	e.GET("/vendors/:id/edit", s.editVendor, editors...)
	e.POST("/vendors/:id", s.updateVendor, editors...)
	e.GET("/vendors/:id/send", s.newAssessment, editors...)
	e.POST("/vendors/:id/send", s.sendAssessment, editors...)
	e.POST("/assessments/:id/invitations/:inv/resend", s.resendInvitation, editors...)
	e.POST("/assessments/:id/invitations/:inv/revoke", s.revokeInvitation, editors...)
	e.POST("/assessments/:id/cancel", s.cancelAssessment, editors...)
	e.GET("/assessments/:id/evidence/:eid", s.downloadEvidence, editors...)
	e.GET("/assessments/:id/export", s.exportAssessment, editors...)
	e.GET("/assessments/:id/export.csv", s.exportAssessmentCSV, editors...)
	e.GET("/assessments/:id/export.xlsx", s.exportAssessmentXLSX, editors...)
	e.POST("/assessments/:id/evidence/:eid/facts", s.correctFact, editors...)
	e.GET("/admin/users", s.listUsers, admins...)
	e.POST("/admin/users", s.createUser, admins...)
	e.GET("/admin/outbox", s.showOutbox, admins...)

	// Review: inline evidence previews, per-question decisions, returning to the vendor, and
	// the rating override (review.go).
	e.GET("/assessments/:id/evidence/:eid/preview", s.previewEvidence, editors...)
	e.POST("/assessments/:id/questions/:qid/review", s.reviewQuestion, editors...)
	e.POST("/assessments/:id/return", s.returnAssessment, editors...)
	e.POST("/assessments/:id/override", s.setOverride, editors...)
	e.POST("/assessments/:id/override/clear", s.clearOverride, editors...)
	// Findings and vendor decisions (issue 4): procurement reads, analysts act.
	e.GET("/findings", s.listFindings, anyStaff...)
	e.GET("/findings/:finding", s.showFinding, anyStaff...)
	e.POST("/findings/:finding", s.updateFinding, editors...)
	e.POST("/findings/:finding/share", s.shareFinding, editors...)
	e.POST("/findings/:finding/accept-risk", s.acceptFindingRisk, editors...)
	e.POST("/findings/:finding/reopen", s.reopenFinding, editors...)
	e.POST("/findings/:finding/close", s.closeFinding, editors...)
	e.GET("/findings/:finding/files/:file", s.downloadFindingFile, editors...)
	e.POST("/vendors/:id/decision", s.decideVendor, editors...)
	// Reassessment: vendors due again by their tier's cadence, and one questionnaire sent to
	// many vendors at once.
	e.GET("/reassessments", s.listReassessments, anyStaff...)
	e.GET("/assessments/bulk", s.newBulkSend, editors...)
	e.POST("/assessments/bulk", s.sendBulk, editors...)
	e.GET("/assessments/bulk/sent", s.showBulkSent, editors...)

	// Vendor pages: the link swaps its token for a session; /respond then works without it.
	vendor := []echo.MiddlewareFunc{vendorHeaders, s.loadVendor, csrf}
	vendorForm := chain(vendor, []echo.MiddlewareFunc{limitBody(formBodyLimit)})
	e.GET("/r/:token", s.openInvitation, vendorHeaders)
	e.GET("/respond", s.showResponse, vendorForm...)
	e.GET("/respond/state", s.responseState, vendorForm...)
	e.PATCH("/respond/answers", s.saveAnswers, vendorForm...)
	e.POST("/respond/evidence", s.uploadEvidence, vendor...)
	e.DELETE("/respond/evidence/:eid", s.removeEvidence, vendorForm...)
	e.POST("/respond/submit", s.submitResponse, vendorForm...)
	// The vendor's reply on a question returned for clarification (review.go).
	e.POST("/respond/questions/:qid/reply", s.replyToReview, vendorForm...)

	// Findings shared with the vendor. Responses stream like uploads and check the CSRF token
	// themselves, from the header or the form's first part, before reading anything else.
	vendorStream := []echo.MiddlewareFunc{vendorHeaders, s.loadVendor}
	e.GET("/respond/findings", s.showVendorFindings, vendorForm...)
	e.POST("/respond/findings/:finding/responses", s.respondToFinding, vendorStream...)

	// JSON API: bearer tokens and no cookies, so no CSRF.
	staffAPI := []echo.MiddlewareFunc{limitBody(formBodyLimit), s.apiAuth(false)}
	editorAPI := chain(staffAPI, []echo.MiddlewareFunc{requireStaff(store.RoleAdmin, store.RoleAnalyst)})
	vendorAPI := []echo.MiddlewareFunc{vendorHeaders, s.apiAuth(true)}
	vendorFormAPI := chain(vendorAPI, []echo.MiddlewareFunc{limitBody(formBodyLimit)})
	e.GET("/api/v1/vendors", s.listVendors, staffAPI...)
	e.GET("/api/v1/vendors/export.csv", s.exportVendorsCSV, staffAPI...)
	e.GET("/api/v1/vendors/export.xlsx", s.exportVendorsXLSX, staffAPI...)
	e.GET("/api/v1/vendors/:id", s.showVendor, staffAPI...)
	e.GET("/api/v1/assessments/:id", s.showAssessment, staffAPI...)
	e.GET("/api/v1/assessments/:id/report.pdf", s.downloadReport, staffAPI...)
	e.POST("/api/v1/vendors", s.createVendor, editorAPI...)
	e.PUT("/api/v1/vendors/:id", s.updateVendor, editorAPI...)
	e.POST("/api/v1/vendors/:id/assessments", s.sendAssessment, editorAPI...)
	e.POST("/api/v1/assessments/:id/invitations/:inv/resend", s.resendInvitation, editorAPI...)
	e.POST("/api/v1/assessments/:id/invitations/:inv/revoke", s.revokeInvitation, editorAPI...)
	e.POST("/api/v1/assessments/:id/cancel", s.cancelAssessment, editorAPI...)
	e.GET("/api/v1/assessments/:id/evidence/:eid", s.downloadEvidence, editorAPI...)
	e.GET("/api/v1/assessments/:id/export", s.exportAssessment, editorAPI...)
	e.GET("/api/v1/assessments/:id/export.csv", s.exportAssessmentCSV, editorAPI...)
	e.GET("/api/v1/assessments/:id/export.xlsx", s.exportAssessmentXLSX, editorAPI...)
	e.POST("/api/v1/assessments/:id/evidence/:eid/facts", s.correctFact, editorAPI...)
	e.GET("/api/v1/respond", s.responseState, vendorFormAPI...)
	e.PATCH("/api/v1/respond/answers", s.saveAnswers, vendorFormAPI...)
	e.POST("/api/v1/respond/evidence", s.uploadEvidence, vendorAPI...)
	e.DELETE("/api/v1/respond/evidence/:eid", s.removeEvidence, vendorFormAPI...)
	e.POST("/api/v1/respond/submit", s.submitResponse, vendorFormAPI...)

	// Review API: the same services as the review forms (review.go).
	e.POST("/api/v1/assessments/:id/questions/:qid/review", s.reviewQuestion, editorAPI...)
	e.POST("/api/v1/assessments/:id/return", s.returnAssessment, editorAPI...)
	e.POST("/api/v1/assessments/:id/override", s.setOverride, editorAPI...)
	e.DELETE("/api/v1/assessments/:id/override", s.clearOverride, editorAPI...)
	e.POST("/api/v1/respond/questions/:qid/reply", s.replyToReview, vendorFormAPI...)
	// Findings and vendor decisions (issue 4).
	e.GET("/api/v1/findings", s.listFindings, staffAPI...)
	e.GET("/api/v1/findings/:finding", s.showFinding, staffAPI...)
	e.PATCH("/api/v1/findings/:finding", s.updateFinding, editorAPI...)
	e.POST("/api/v1/findings/:finding/share", s.shareFinding, editorAPI...)
	e.POST("/api/v1/findings/:finding/accept-risk", s.acceptFindingRisk, editorAPI...)
	e.POST("/api/v1/findings/:finding/reopen", s.reopenFinding, editorAPI...)
	e.POST("/api/v1/findings/:finding/close", s.closeFinding, editorAPI...)
	e.GET("/api/v1/findings/:finding/files/:file", s.downloadFindingFile, editorAPI...)
	e.POST("/api/v1/vendors/:id/decision", s.decideVendor, editorAPI...)
	e.GET("/api/v1/respond/findings", s.showVendorFindings, vendorFormAPI...)
	e.POST("/api/v1/respond/findings/:finding/responses", s.respondToFinding, vendorAPI...)
	// Reassessment API: the due list and the bulk send, as on the pages.
	e.GET("/api/v1/reassessments", s.listReassessments, staffAPI...)
	e.POST("/api/v1/assessments/bulk", s.sendBulk, editorAPI...)
	// Portfolio: the dashboard's figures as JSON (the page is GET / above).
	e.GET("/api/v1/dashboard", s.home, staffAPI...)
}
