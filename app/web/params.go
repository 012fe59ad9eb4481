package web

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/labstack/echo/v4"

	"assay/app/store"
	"assay/app/validate"
)

// idParam reads a positive numeric path parameter; anything else is not found.
func idParam(c echo.Context, name string) (uint, error) {
	n, err := strconv.ParseUint(c.Param(name), 10, 32)
	if err != nil || n == 0 {
		return 0, store.ErrNotFound
	}
	return uint(n), nil
}

func badJSON() error {
	return echo.NewHTTPError(http.StatusBadRequest, "The request body is not valid JSON of the expected shape.")
}

func formHas(c echo.Context, name string) bool {
	f, err := c.FormParams()
	if err != nil {
		return false
	}
	_, ok := f[name]
	return ok
}

func urlQuery(s string) string { return url.QueryEscape(s) }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func validateAs(err error) (*validate.Error, bool) { return validate.As(err) }
