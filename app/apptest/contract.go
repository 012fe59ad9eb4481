package apptest

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
	"github.com/labstack/echo/v4"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"assay/app/web/api"
)

// Every test server records the API responses it gives and, once it has stopped, checks each
// against the OpenAPI document (the status must be documented, the body must match its
// schema) and each OSCAL export against NIST's schema. So the document is held to whatever the
// API tests make the server answer, and a test that adds a response adds a check.

// maxRecordedBody is the most of a response body kept for checking; a longer body (a large
// download) has its status and content type checked, not its bytes.
const maxRecordedBody = 4 << 20

// OSCALSchemaFile is NIST's OSCAL assessment-results schema, kept in the repository.
const OSCALSchemaFile = "app/oscal/testdata/oscal_assessment-results_schema-1.0.6.json"

// oscalSchemaID is the $id NIST gave the schema.
const oscalSchemaID = "http://csrc.nist.gov/ns/oscal/1.0.6/oscal-ar-schema.json"

var contractCounts struct {
	responses, oscal, unrouted atomic.Int64
}

// ContractFigures reports how many API responses were checked against the OpenAPI document,
// how many OSCAL exports against NIST's schema, and how many API requests named no documented
// path (unknown URLs, which the route table test covers instead), in this test binary so far.
func ContractFigures() (responses, oscal, unrouted int64) {
	return contractCounts.responses.Load(), contractCounts.oscal.Load(), contractCounts.unrouted.Load()
}

// exchange is one recorded request and its response.
type exchange struct {
	method    string
	url       string
	reqHeader http.Header
	status    int
	header    http.Header
	body      bytes.Buffer
	truncated bool
}

// recorder keeps the exchanges of one server.
type recorder struct {
	mu   sync.Mutex
	list []*exchange
}

// record is Echo middleware, run before routing, that captures what the handlers and the
// error handler write for API paths and OSCAL downloads.
func (r *recorder) record(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		if !strings.HasPrefix(req.URL.Path, "/api/v1/") && !isOSCALPath(req.URL.Path) {
			return next(c)
		}
		ex := &exchange{method: req.Method, url: req.URL.RequestURI(), reqHeader: req.Header.Clone()}
		r.mu.Lock()
		r.list = append(r.list, ex)
		r.mu.Unlock()
		c.Response().Writer = &captureWriter{ResponseWriter: c.Response().Writer, ex: ex}
		return next(c)
	}
}

func isOSCALPath(p string) bool { return strings.HasSuffix(p, "/oscal") }

// captureWriter copies the status, headers and body of a response as they are written.
type captureWriter struct {
	http.ResponseWriter
	ex *exchange
}

func (w *captureWriter) WriteHeader(code int) {
	if w.ex.status == 0 {
		w.ex.status, w.ex.header = code, w.Header().Clone()
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *captureWriter) Write(p []byte) (int, error) {
	if w.ex.status == 0 {
		w.ex.status, w.ex.header = http.StatusOK, w.Header().Clone()
	}
	if room := maxRecordedBody - w.ex.body.Len(); room < len(p) {
		w.ex.truncated = true
		w.ex.body.Write(p[:max(room, 0)])
	} else {
		w.ex.body.Write(p)
	}
	return w.ResponseWriter.Write(p)
}

func (w *captureWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (w *captureWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// contract is the loaded OpenAPI document, its router and the OSCAL schema.
type contract struct {
	doc    *openapi3.T
	router routers.Router
	oscal  *jsonschema.Schema
}

var (
	contractOnce   sync.Once
	loadedContract contract
	contractErr    error
)

// Contract loads the API's OpenAPI document (checked as OpenAPI 3.1) and NIST's OSCAL
// assessment-results schema, once per test binary.
func Contract(t testing.TB) (*openapi3.T, routers.Router, *jsonschema.Schema) {
	t.Helper()
	contractOnce.Do(func() { loadedContract, contractErr = loadContract() })
	if contractErr != nil {
		t.Fatal(contractErr)
	}
	return loadedContract.doc, loadedContract.router, loadedContract.oscal
}

func loadContract() (contract, error) {
	doc, err := openapi3.NewLoader().LoadFromData(api.OpenAPI)
	if err != nil {
		return contract{}, fmt.Errorf("apptest: load openapi.json: %w", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		return contract{}, fmt.Errorf("apptest: openapi.json is not a valid OpenAPI document: %w", err)
	}
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		return contract{}, fmt.Errorf("apptest: route openapi.json: %w", err)
	}
	f, err := os.Open(filepath.Join(Root(), OSCALSchemaFile))
	if err != nil {
		return contract{}, err
	}
	defer f.Close()
	raw, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return contract{}, fmt.Errorf("apptest: read the OSCAL schema: %w", err)
	}
	pointAtDefinitions(raw)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	// The schema's anchors are relative to its own $id, so it is registered under that.
	if err := c.AddResource(oscalSchemaID, raw); err != nil {
		return contract{}, err
	}
	sch, err := c.Compile(oscalSchemaID)
	if err != nil {
		return contract{}, fmt.Errorf("apptest: compile the OSCAL schema: %w", err)
	}
	return contract{doc: doc, router: router, oscal: sch}, nil
}

// pointAtDefinitions rewrites the schema's references to anchors ("$ref": "#field_...") into
// JSON pointers to the definitions that declare them. NIST's schema declares some anchors ($id)
// beside a $ref, where draft-07 says every keyword but $ref is ignored, so a validator that
// follows the draft to the letter cannot find them; the pointer names the same definition.
func pointAtDefinitions(schema any) {
	root, _ := schema.(map[string]any)
	defs, _ := root["definitions"].(map[string]any)
	anchors := map[string]string{}
	for name, d := range defs {
		if def, ok := d.(map[string]any); ok {
			if id, ok := def["$id"].(string); ok && strings.HasPrefix(id, "#") {
				anchors[id] = "#/definitions/" + strings.NewReplacer("~", "~0", "/", "~1").Replace(name)
			}
		}
	}
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if ref, ok := x["$ref"].(string); ok && anchors[ref] != "" {
				x["$ref"] = anchors[ref]
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	walk(schema)
}

// ValidateOSCAL checks a document against NIST's OSCAL assessment-results schema.
func ValidateOSCAL(t testing.TB, body []byte) error {
	t.Helper()
	_, _, sch := Contract(t)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	if err := sch.Validate(inst); err != nil {
		return err
	}
	contractCounts.oscal.Add(1)
	return nil
}

// check holds every recorded exchange to the contract; it runs once the server has stopped,
// so every response is complete.
func (r *recorder) check(t testing.TB) {
	t.Helper()
	r.mu.Lock()
	list := r.list
	r.list = nil
	r.mu.Unlock()
	if len(list) == 0 {
		return
	}
	_, router, _ := Contract(t)
	for _, ex := range list {
		if ex.status == 0 {
			// The client went away before anything was written.
			continue
		}
		req := httptest.NewRequest(ex.method, ex.url, nil)
		path := req.URL.Path
		if isOSCALPath(path) && ex.status == http.StatusOK && !ex.truncated {
			if err := ValidateOSCAL(t, ex.body.Bytes()); err != nil {
				t.Errorf("OSCAL export of %s does not validate against NIST's schema: %v", path, err)
			}
		}
		if !strings.HasPrefix(path, "/api/v1/") {
			continue
		}
		req.Header = ex.reqHeader
		route, params, err := router.FindRoute(req)
		if err != nil {
			contractCounts.unrouted.Add(1)
			continue
		}
		opts := &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true, ExcludeResponseBody: ex.truncated}
		in := &openapi3filter.ResponseValidationInput{
			RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route},
			Status:                 ex.status, Header: ex.header, Options: opts,
		}
		in.SetBodyBytes(ex.body.Bytes())
		if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
			t.Errorf("%s %s answered %d, which openapi.json does not allow: %v\nbody: %.500s", ex.method, path, ex.status, err, ex.body.String())
			continue
		}
		contractCounts.responses.Add(1)
	}
}
