package web_test

import (
	"testing"

	"assay/app/apptest"
)

func TestScratchRoutes(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{})
	for _, r := range srv.App.Web.Handler().Routes() {
		t.Logf("%s %s %s", r.Method, r.Path, r.Name)
	}
}
