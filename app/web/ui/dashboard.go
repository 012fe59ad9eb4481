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

// figures sums up the portfolio.
type figures interface {
	Figures(ctx context.Context) (dashboard.Figures, error)
}

// dashboardData is the figures with what the page offers the reader.
type dashboardData struct {
	dashboard.Figures
	CanEdit bool
}

func (h *dashboardPage) home(c echo.Context) error {
	f, err := h.dashboard.Figures(c.Request().Context())
	if err != nil {
		return err
	}
	return h.pages.render(c, http.StatusOK, "dashboard.html", page{Title: "Dashboard", Nav: "dashboard",
		Data: dashboardData{Figures: f, CanEdit: httpx.IsEditor(c)}})
}
