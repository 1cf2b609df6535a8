package cli

import (
	"io"
	"os"

	"khuyencong/i18n"
)

// The database is --db, else $KHUYENCONG_DB, else khuyencong.db in the
// working directory.
const (
	defaultDB = "khuyencong.db"
	envDB     = "KHUYENCONG_DB"
	// envStore names an etcd cluster instead of the file (--store).
	envStore = "KHUYENCONG_STORE"
)

// globals are the flags every command accepts.
type globals struct {
	db    string
	dbSet bool
	// store is --store: an etcd cluster (etcd://h1:2379,h2:2379/PREFIX)
	// instead of the file.
	store string
	lang  i18n.Lang
	ascii bool
}

// config is what a command (and the terminal app) needs from the command
// line.
type config struct {
	DB     string // database file, or the etcd URL of --store
	Lang   i18n.Lang
	ASCII  bool // no box-drawing or block characters
	Stdout io.Writer
	Stderr io.Writer
}

func (g globals) config(stdout, stderr io.Writer) config {
	db := g.db
	switch {
	case g.store != "":
		db = g.store
	case !g.dbSet && os.Getenv(envStore) != "":
		db = os.Getenv(envStore)
	case !g.dbSet:
		db = defaultDB
		if v := os.Getenv(envDB); v != "" {
			db = v
		}
	}
	return config{DB: db, Lang: g.lang, ASCII: g.ascii, Stdout: stdout, Stderr: stderr}
}
