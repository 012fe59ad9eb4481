package api

import (
	"context"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/dashboard"
	"assay/app/invitations"
	"assay/app/reassess"
	"assay/app/web/httpx"
)

// portfolioAPI is the portfolio as a whole: the dashboard's figures, the vendors due for
// another assessment, and one questionnaire sent to many of them.
type portfolioAPI struct {
	figures     figures
	invitations *invitations.Service
	reassess    *reassess.Service
	now         func() time.Time
}

// figures sums up the portfolio.
type figures interface {
	Figures(ctx context.Context) (dashboard.Figures, error)
}

// dashboard gives the dashboard's figures, each with the vendor list URL that explains it.
func (h *portfolioAPI) dashboard(c echo.Context) error {
	f, err := h.figures.Figures(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, f)
}

// listReassessments lists the vendors due for their next assessment within the chosen window
// or already overdue.
func (h *portfolioAPI) listReassessments(c echo.Context) error {
	f, within := httpx.DueFilterOf(c, h.now())
	rows, err := h.reassess.ReassessmentsDue(c.Request().Context(), f)
	if err != nil {
		return err
	}
	if rows == nil {
		rows = []reassess.DueVendor{}
	}
	return c.JSON(http.StatusOK, map[string]any{"within_days": within, "tier": f.Tier, "total": len(rows), "vendors": rows})
}

// sendBulk sends one questionnaire to every chosen vendor: all or, on any problem, none.
func (h *portfolioAPI) sendBulk(c echo.Context) error {
	var in invitations.BulkSendInput
	if err := bind(c, &in); err != nil {
		return err
	}
	sent, err := h.invitations.SendBulk(c.Request().Context(), in, httpx.Actor(c))
	if err != nil {
		return err
	}
	out := make([]map[string]any, len(sent))
	for i, b := range sent {
		out[i] = sentJSON(b.Assessment, b.Invitations)
		out[i]["vendor_id"] = b.Vendor.ID
	}
	return c.JSON(http.StatusCreated, map[string]any{"assessments": out})
}
