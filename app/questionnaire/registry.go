package questionnaire

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
)

// Registry holds every loaded questionnaire version, looked up by id (the
// newest version), by id and version, or by content hash (what an
// assessment pins).
type Registry struct {
	all    []*Definition // sorted by id, then version
	byHash map[string]*Definition
}

// LoadFS parses every *.yaml file at the root of fsys. It fails if any file
// is broken or if two files define the same id and version, reporting all
// problems at once.
func LoadFS(fsys fs.FS) (*Registry, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("questionnaire: list files: %w", err)
	}
	r := &Registry{byHash: map[string]*Definition{}}
	var errs []error
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("questionnaire: read %s: %w", name, err))
			continue
		}
		if err := r.add(name, data); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return r, nil
}

// Lint parses the named files from disk with the same checks LoadFS makes,
// for `assay questionnaire lint FILE…`. It returns every problem joined, or
// nil when all files are sound.
func Lint(paths ...string) error {
	if len(paths) == 0 {
		return errors.New("questionnaire: lint: no files given")
	}
	r := &Registry{byHash: map[string]*Definition{}}
	var errs []error
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("questionnaire: read %s: %w", p, err))
			continue
		}
		if err := r.add(p, data); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// add parses one file into the registry.
func (r *Registry) add(name string, data []byte) error {
	d, err := Parse(name, data)
	if err != nil {
		return err
	}
	for _, o := range r.all {
		if o.ID == d.ID && o.Version == d.Version {
			return &ParseError{File: name, Line: d.versionLine, Message: fmt.Sprintf("questionnaire %s version %s is also defined in %s; bump the version when changing a questionnaire", d.ID, d.Version, o.file)}
		}
	}
	r.all = append(r.all, d)
	slices.SortFunc(r.all, func(a, b *Definition) int {
		return cmp.Or(cmp.Compare(a.ID, b.ID), compareVersions(a.Version, b.Version))
	})
	r.byHash[d.Hash] = d
	return nil
}

// Get returns the newest version of questionnaire id, the one new
// assessments are sent with.
func (r *Registry) Get(id string) (*Definition, bool) {
	var latest *Definition
	for _, d := range r.all {
		if d.ID == id {
			latest = d // sorted oldest first
		}
	}
	return latest, latest != nil
}

// Version returns one exact version of questionnaire id.
func (r *Registry) Version(id, version string) (*Definition, bool) {
	for _, d := range r.all {
		if d.ID == id && d.Version == version {
			return d, true
		}
	}
	return nil, false
}

// ByHash returns the definition whose file has this sha256, so an
// assessment is always read with exactly the file it was sent with.
func (r *Registry) ByHash(hash string) (*Definition, bool) {
	d, ok := r.byHash[hash]
	return d, ok
}

// All returns every loaded definition, sorted by id and then version.
func (r *Registry) All() []*Definition {
	return slices.Clone(r.all)
}

// compareVersions orders "major.minor.patch" strings numerically, so 1.10.0
// sorts after 1.9.0. Parse has already checked the format.
func compareVersions(a, b string) int {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := range min(len(pa), len(pb)) {
		x, _ := strconv.Atoi(pa[i])
		y, _ := strconv.Atoi(pb[i])
		if c := cmp.Compare(x, y); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(pa), len(pb))
}
