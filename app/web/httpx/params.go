package httpx

import (
	"assay/app/model"
	"context"
	"mime"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
)

// ID reads a positive numeric path parameter; anything else is not found.
func ID(c echo.Context, name string) (uint, error) {
	n, err := strconv.ParseUint(c.Param(name), 10, 32)
	if err != nil || n == 0 {
		return 0, model.ErrNotFound
	}
	return uint(n), nil
}

// WithID wraps a handler of the object the route's :id names, so the id is read in one place.
func WithID(h func(c echo.Context, id uint) error) echo.HandlerFunc { return WithParam("id", h) }

// WithParam is WithID for an id under another name, such as :finding or :eid.
func WithParam(name string, h func(c echo.Context, id uint) error) echo.HandlerFunc {
	return func(c echo.Context) error {
		id, err := ID(c, name)
		if err != nil {
			return err
		}
		return h(c, id)
	}
}

// WithIDs wraps a handler of an object and one of its parts, such as /assessments/:id/evidence/:eid;
// the object's id is read first.
func WithIDs(name, part string, h func(c echo.Context, id, partID uint) error) echo.HandlerFunc {
	return func(c echo.Context) error {
		id, err := ID(c, name)
		if err != nil {
			return err
		}
		pid, err := ID(c, part)
		if err != nil {
			return err
		}
		return h(c, id, pid)
	}
}

// Load wraps a handler of the object the route's :name names: it reads the id, loads the
// object and passes it in, so a bad id and a missing object are both not found.
func Load[T any](name string, load func(ctx context.Context, id uint) (T, error), h func(c echo.Context, v T) error) echo.HandlerFunc {
	return WithParam(name, func(c echo.Context, id uint) error {
		v, err := load(c.Request().Context(), id)
		if err != nil {
			return err
		}
		return h(c, v)
	})
}

// IDValues reads repeated id values (vendor=, a=) in their order, once each; anything that is
// not an id is ignored, as a stale link may carry it.
func IDValues(values []string) []uint {
	var ids []uint
	seen := map[uint]bool{}
	for _, v := range values {
		n, err := strconv.ParseUint(v, 10, 32)
		if err != nil || n == 0 || seen[uint(n)] {
			continue
		}
		seen[uint(n)] = true
		ids = append(ids, uint(n))
	}
	return ids
}

// BadJSON is the error of a body that does not decode into the expected shape.
func BadJSON() error {
	return echo.NewHTTPError(http.StatusBadRequest, "The request body is not valid JSON of the expected shape.")
}

// PartFilename reads the filename of a part without Go's path cleaning, so SafeFilename sees
// what the client sent and decides itself.
func PartFilename(cd string) string {
	_, params, err := mime.ParseMediaType(cd)
	if err != nil {
		return ""
	}
	return params["filename"]
}
