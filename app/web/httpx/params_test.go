package httpx

import (
	"assay/app/model"
	"context"
	"errors"
	"net/http/httptest"
	"slices"
	"testing"

	"github.com/labstack/echo/v4"
)

// TestWrappersReadTheIDOnce checks that a route's id is parsed before the handler runs, and that
// anything but a positive number, or an object that is not there, is not found.
func TestWrappersReadTheIDOnce(t *testing.T) {
	e := echo.New()
	call := func(names []string, values []string, h echo.HandlerFunc) error {
		c := e.NewContext(httptest.NewRequest("GET", "/", nil), httptest.NewRecorder())
		c.SetParamNames(names...)
		c.SetParamValues(values...)
		return h(c)
	}
	var got []uint
	one := WithID(func(_ echo.Context, id uint) error { got = []uint{id}; return nil })
	two := WithIDs("id", "eid", func(_ echo.Context, id, eid uint) error { got = []uint{id, eid}; return nil })
	load := Load("finding", func(_ context.Context, id uint) (string, error) {
		if id != 7 {
			return "", model.ErrNotFound
		}
		return "seven", nil
	}, func(_ echo.Context, v string) error { got = []uint{uint(len(v))}; return nil })

	for _, tc := range []struct {
		name   string
		h      echo.HandlerFunc
		params []string
		values []string
		want   []uint // nil: not found
	}{
		{"an id", one, []string{"id"}, []string{"42"}, []uint{42}},
		{"zero", one, []string{"id"}, []string{"0"}, nil},
		{"negative", one, []string{"id"}, []string{"-1"}, nil},
		{"not a number", one, []string{"id"}, []string{"abc"}, nil},
		{"beyond 32 bits", one, []string{"id"}, []string{"4294967296"}, nil},
		{"object and part", two, []string{"id", "eid"}, []string{"3", "9"}, []uint{3, 9}},
		{"bad part", two, []string{"id", "eid"}, []string{"3", "x"}, nil},
		{"bad object", two, []string{"id", "eid"}, []string{"x", "9"}, nil},
		{"loaded", load, []string{"finding"}, []string{"7"}, []uint{5}},
		{"not there", load, []string{"finding"}, []string{"8"}, nil},
		{"bad id to load", load, []string{"finding"}, []string{"7a"}, nil},
	} {
		got = nil
		err := call(tc.params, tc.values, tc.h)
		switch {
		case tc.want == nil && !errors.Is(err, model.ErrNotFound):
			t.Errorf("%s: error %v, want not found", tc.name, err)
		case tc.want == nil && got != nil:
			t.Errorf("%s: the handler ran with %v", tc.name, got)
		case tc.want != nil && (err != nil || !slices.Equal(got, tc.want)):
			t.Errorf("%s: got %v (error %v), want %v", tc.name, got, err, tc.want)
		}
	}
}
