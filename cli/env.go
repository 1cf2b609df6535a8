package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/store/etcdkv"
)

// env is what a running command sees: the configuration, who acts, where
// to write, and the store when the server lends its own.
type env struct {
	ctx    context.Context
	cfg    config
	actor  store.Actor
	stdin  io.Reader // `--key-file -` reads keys from it
	stdout io.Writer
	stderr io.Writer
	// shared is the server's open store when a command runs over SSH;
	// nil on the command line, where each command opens cfg.DB itself.
	shared *store.Store
	remote bool // run for an SSH login: usage lists remote commands only
	// args is the command line as typed, for relaying it to the process
	// that holds the database (holder_client.go).
	args []string
	// dir and umask are the caller's when the command runs for another
	// process through the holder's socket: its relative paths and new
	// files are its own. Empty and nil on the command line.
	dir   string
	umask func() fs.FileMode
}

// local is a path the user named, as this process must open it.
func (e *env) local(p string) string {
	if e.dir == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(e.dir, p)
}

// fileMask is the umask new files get.
func (e *env) fileMask() fs.FileMode {
	if e.umask != nil {
		return e.umask()
	}
	return umask()
}

// localActor is who the command line acts as: the administrator of the
// machine the database file lives on.
func localActor() store.Actor { return store.LocalAdmin() }

// say prints a catalog sentence on standard output.
func (e *env) say(k i18n.Key, args ...any) {
	fmt.Fprintln(e.stdout, e.cfg.Lang.T(k, args...))
}

// openMode says what a command does with the database file.
type openMode uint8

const (
	openRead   openMode = iota // the file must exist; opened read-only
	openWrite                  // the file must exist
	openCreate                 // created when missing
)

// openStore opens the database for a command; close must be called (it
// is a no-op for the server's shared store). A missing file is refused
// unless the command creates one, so a typo in --db does not silently
// start an empty database.
func (e *env) openStore(mode openMode) (st *store.Store, closeFn func() error, err error) {
	if e.shared != nil {
		return e.shared, func() error { return nil }, nil
	}
	if mode != openCreate && !etcdkv.IsURL(e.cfg.DB) {
		if _, err := os.Stat(e.cfg.DB); errors.Is(err, fs.ErrNotExist) {
			return nil, nil, model.Errorf(MsgCLINoDatabase, e.cfg.DB)
		}
	}
	st, err = openDB(e.cfg.DB, store.Options{ReadOnly: mode == openRead})
	if mode == openRead && errors.Is(err, store.ErrSchema) {
		// A database of an older layout: a reading command upgrades it
		// once (one transaction at open, all or nothing) so that command
		// lines that worked before the upgrade keep working; a newer
		// layout fails the writable open the same way.
		if err = upgrade(e.cfg.DB); err == nil {
			st, err = store.Open(e.cfg.DB, store.Options{ReadOnly: true})
		}
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", e.cfg.DB, err)
	}
	return st, st.Close, nil
}

// withStore opens the database, runs fn and closes it, keeping the first
// error.
func (e *env) withStore(mode openMode, fn func(st *store.Store) error) (err error) {
	st, closeFn, err := e.openStore(mode)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := closeFn(); cerr != nil && err == nil {
			err = fmt.Errorf("close %s: %w", e.cfg.DB, cerr)
		}
	}()
	return fn(st)
}

// upgrade opens the database for writing, which migrates it, and closes it.
func upgrade(path string) error {
	st, err := openDB(path, store.Options{})
	if err != nil {
		return err
	}
	return st.Close()
}
