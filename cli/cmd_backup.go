package cli

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"khuyencong/model"
	"khuyencong/store"
)

var backupCmd = &command{
	name:    "backup",
	args:    MsgCmdBackupArgs,
	summary: MsgCmdBackupSummary,
	help:    MsgCmdBackupHelp,
	remote:  true,
	maxArgs: 1,
	examples: []string{
		"khuyencong backup sao-luu-2026-11-27.db",
		"ssh -p 23234 server backup > sao-luu.db",
	},
	setup: func(*flag.FlagSet) runFunc { return runBackup },
}

func runBackup(e *env, args []string) error {
	dst := "-"
	if len(args) > 0 {
		dst = args[0]
	}
	switch {
	case e.remote && dst != "-":
		// Over SSH the copy goes down the connection: a remote user must
		// not name files on the server.
		return usageErr(MsgBackupRemoteFile)
	case !e.remote && len(args) == 0:
		return usageErr(MsgCLIMissingArg)
	}
	return e.withStore(openRead, func(st *store.Store) error {
		if dst == "-" {
			if isTerminal(e.stdout) {
				return model.Errorf(MsgBackupTerminal)
			}
			_, err := st.Backup(e.actor, e.stdout)
			return err
		}
		n, err := backupToFile(st, e.actor, e.local(dst), dst)
		if err != nil {
			return err
		}
		e.say(MsgBackupDone, e.cfg.DB, dst, n)
		return nil
	})
}

// backupToFile writes the copy next to dst under a temporary name and
// renames it into place, so that dst is either absent or a whole copy,
// never half a file after a crash or a full disk. An existing dst is
// refused: overwriting yesterday's backup is how backups get lost.
// name is dst as the user typed it, for messages.
func backupToFile(st *store.Store, a store.Actor, dst, name string) (int64, error) {
	if _, err := os.Lstat(dst); err == nil {
		return 0, model.Errorf(MsgBackupExists, name)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return 0, fmt.Errorf("backup to %s: %w", dst, err)
	}
	dir := filepath.Dir(dst)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(dst)+".*.tmp")
	if err != nil {
		return 0, fmt.Errorf("backup to %s: %w", dst, err)
	}
	n, err := st.Backup(a, tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), dst)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
		return 0, fmt.Errorf("backup to %s: %w", dst, err)
	}
	syncDir(dir)
	return n, nil
}

// syncDir makes the rename durable where the system allows it; a failure
// here costs durability of the name only, never the copy's content.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}
