package ui

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"assay/app/web/dashboard"
	"assay/app/web/httpx"
)

// dashboardPage is the staff home page: the portfolio's figures.
type dashboardPage struct {
	pages         *pages
	portfolio     dashboard.Portfolio
	reassessments dashboard.Reassessments
	now           func() time.Time
}

// dashboardData is the figures with what the page offers the reader.
type dashboardData struct {
	dashboard.Figures
	CanEdit bool
}

func (h *dashboardPage) home(c echo.Context) error {
	f, err := dashboard.Build(c.Request().Context(), h.portfolio, h.reassessments, h.now())
	if err != nil {
		return err
	}
	return h.pages.render(c, http.StatusOK, "dashboard.html", page{Title: "Dashboard", Nav: "dashboard",
		Data: dashboardData{Figures: f, CanEdit: httpx.IsEditor(c)}})
}
