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
)

// globals are the flags every command accepts.
type globals struct {
	db    string
	dbSet bool
	lang  i18n.Lang
	ascii bool
}

// config is what a command (and the terminal app) needs from the command
// line.
type config struct {
	DB     string // database file
	Lang   i18n.Lang
	ASCII  bool // no box-drawing or block characters
	Stdout io.Writer
	Stderr io.Writer
}

func (g globals) config(stdout, stderr io.Writer) config {
	db := g.db
	if !g.dbSet {
		db = defaultDB
		if v := os.Getenv(envDB); v != "" {
			db = v
		}
	}
	return config{DB: db, Lang: g.lang, ASCII: g.ascii, Stdout: stdout, Stderr: stderr}
}
