package ui

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"assay/app/dashboard"
	"assay/app/web/httpx"
)

// dashboardPage is the staff home page: the portfolio's figures.
type dashboardPage struct {
	pages     *pages
	dashboard figures
}

// figures sums up the portfolio and what waits for one staff member.
type figures interface {
	Figures(ctx context.Context) (dashboard.Figures, error)
	MyWork(ctx context.Context, userID uint) (dashboard.Work, error)
}

// dashboardData is the figures with what the page offers the reader: for analysts and admins,
// their own work list first.
type dashboardData struct {
	dashboard.Figures
	CanEdit bool
	Work    *dashboard.Work
}

func (h *dashboardPage) home(c echo.Context) error {
	ctx := c.Request().Context()
	f, err := h.dashboard.Figures(ctx)
	if err != nil {
		return err
	}
	d := dashboardData{Figures: f, CanEdit: httpx.IsEditor(c)}
	if d.CanEdit {
		w, err := h.dashboard.MyWork(ctx, httpx.Principal(c).User.ID)
		if err != nil {
			return err
		}
		d.Work = &w
	}
	return h.pages.render(c, http.StatusOK, "dashboard.html", page{Title: "Dashboard", Nav: "dashboard", Data: d})
}
