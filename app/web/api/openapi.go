package api

import (
	_ "embed"
	"net/http"

	"github.com/labstack/echo/v4"
)

// OpenAPI is the OpenAPI 3.1 description of the whole JSON API. It is written by hand, and
// the tests hold it to the route table and to every API response they see.
//
//go:embed openapi.json
var OpenAPI []byte

// openAPIDocument serves the API's description; it holds nothing a caller could not learn
// from the README, so it needs no token.
func openAPIDocument(c echo.Context) error {
	return c.Blob(http.StatusOK, echo.MIMEApplicationJSON, OpenAPI)
}
