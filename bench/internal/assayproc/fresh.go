package assayproc

import (
	"os"

	"assay/app/store"
	"assay/bench/internal/benchdb"
)

// Fresh is an Assay launched on a fresh data folder and, on PostgreSQL, a fresh database.
type Fresh struct {
	*Instance
	Dir         string // the folder Launch was given: data/assay.db in it is SQLite's file
	DatabaseURL string // the fresh PostgreSQL database; "" on SQLite
	undo        []func()
}

// LaunchFresh launches bin as Launch does, on a new temporary folder and, for the PostgreSQL
// dialect, on a new database created on postgresURL. Close undoes all of it.
func LaunchFresh(dialect, postgresURL, bin, tokenName string) (*Fresh, error) {
	dir, err := os.MkdirTemp("", "assay-"+tokenName+"-")
	if err != nil {
		return nil, err
	}
	f := &Fresh{Dir: dir, undo: []func(){func() { os.RemoveAll(dir) }}}
	env := CleanEnv(os.Environ())
	if dialect == store.DialectPostgres {
		url, drop, err := benchdb.Create(postgresURL)
		if err != nil {
			f.Close()
			return nil, err
		}
		f.DatabaseURL, f.undo = url, append(f.undo, drop)
		env = append(env, "ASSAY_DATABASE_URL="+url)
	}
	if f.Instance, err = Launch(env, bin, dir, tokenName); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// Close stops the server, drops the database and removes the folder; it may be called again.
func (f *Fresh) Close() {
	if f.Instance != nil {
		f.Stop()
	}
	for i := len(f.undo) - 1; i >= 0; i-- {
		f.undo[i]()
	}
	f.undo = nil
}
