package questionnaire

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Registry holds every installed questionnaire version, looked up by id (the
// newest version), by id and version, or by content hash (what an
// assessment pins). Serve, the lint command and the tests all build it
// through the same checks, so a file one accepts the others accept too.
type Registry struct {
	all     []*Definition // sorted by id, then version
	byHash  map[string]*Definition
	archive Archive

	mu       sync.Mutex
	archived map[string]*Definition // versions read back from the archive, by hash
}

// Archive keeps the source of every questionnaire version an assessment was
// sent with, so the assessment can still be read after its file was changed
// or removed. ArchivedSource returns the questionnaire's id and the file's
// bytes for a content hash.
type Archive interface {
	ArchivedSource(ctx context.Context, hash string) (id string, source []byte, err error)
}

// sourceFile is one questionnaire file to check: its name for messages and its bytes.
type sourceFile struct {
	name string
	data []byte
}

// Load parses every *.yaml file at the root of fsys as the installed
// versions, reading any other version an assessment pinned from archive
// (nil: installed versions only). It fails if any file is broken or if two
// files define the same id and version, reporting all problems at once.
func Load(fsys fs.FS, archive Archive) (*Registry, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("questionnaire: list files: %w", err)
	}
	files := make([]sourceFile, 0, len(names))
	var errs []error
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("questionnaire: read %s: %w", name, err))
			continue
		}
		files = append(files, sourceFile{name, data})
	}
	r, err := build(files, errs)
	if err != nil {
		return nil, err
	}
	r.archive = archive
	return r, nil
}

// LoadFS is Load without an archive, for tools and tests that only read the
// installed files.
func LoadFS(fsys fs.FS) (*Registry, error) { return Load(fsys, nil) }

// Lint checks the named files from disk exactly as Load checks an installed
// folder, for `assay questionnaire lint FILE…`. It returns every problem
// joined, or nil when all files are sound.
func Lint(paths ...string) error {
	if len(paths) == 0 {
		return errors.New("questionnaire: lint: no files given")
	}
	files := make([]sourceFile, 0, len(paths))
	var errs []error
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("questionnaire: read %s: %w", p, err))
			continue
		}
		files = append(files, sourceFile{p, data})
	}
	_, err := build(files, errs)
	return err
}

// build parses files into a registry, adding their problems to errs; it fails
// when there is any.
func build(files []sourceFile, errs []error) (*Registry, error) {
	r := &Registry{byHash: map[string]*Definition{}, archived: map[string]*Definition{}}
	for _, f := range files {
		if err := r.add(f.name, f.data); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return r, nil
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

// Latest returns the newest version of every questionnaire, sorted by id:
// what an analyst can send.
func (r *Registry) Latest() []*Definition {
	var out []*Definition
	for i, d := range r.all {
		if i+1 == len(r.all) || r.all[i+1].ID != d.ID {
			out = append(out, d)
		}
	}
	return out
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

// ByHash returns the installed definition whose file has this sha256, so an
// assessment is always read with exactly the file it was sent with.
func (r *Registry) ByHash(hash string) (*Definition, bool) {
	d, ok := r.byHash[hash]
	return d, ok
}

// Pinned returns the version with this sha256, the one an assessment was
// sent with: from the installed files or, once they moved on, from the
// archive. Archived versions are parsed once and kept.
func (r *Registry) Pinned(ctx context.Context, hash string) (*Definition, error) {
	return r.PinnedFrom(ctx, r.archive, hash)
}

// PinnedFrom is Pinned reading a version not parsed yet from archive: the registry's archive
// seen through a transaction, so a transaction on SQLite's one connection never waits for a
// read outside it.
func (r *Registry) PinnedFrom(ctx context.Context, archive Archive, hash string) (*Definition, error) {
	if d, ok := r.byHash[hash]; ok {
		return d, nil
	}
	r.mu.Lock()
	d, ok := r.archived[hash]
	r.mu.Unlock()
	if ok {
		return d, nil
	}
	if archive == nil {
		return nil, fmt.Errorf("questionnaire: version %s is not installed", hash)
	}
	id, src, err := archive.ArchivedSource(ctx, hash)
	if err != nil {
		return nil, fmt.Errorf("questionnaire: version %s: %w", hash, err)
	}
	if d, err = Parse(id+".yaml", src); err != nil {
		return nil, err
	}
	if d.Hash != hash {
		return nil, fmt.Errorf("questionnaire: the archived source of version %s has hash %s", hash, d.Hash)
	}
	r.mu.Lock()
	r.archived[hash] = d
	r.mu.Unlock()
	return d, nil
}

// All returns every installed definition, sorted by id and then version.
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
