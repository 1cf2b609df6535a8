package cli

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/store/etcdkv"
)

var migrateCmd = &command{
	name:    "migrate",
	args:    MsgCmdMigrateArgs,
	summary: MsgCmdMigrateSummary,
	help:    MsgCmdMigrateHelp,
	examples: []string{
		"khuyencong migrate --from khuyencong.db --to etcd://10.0.0.1:2379,10.0.0.2:2379,10.0.0.3:2379/kc",
		"khuyencong migrate --from etcd://10.0.0.1:2379/kc --to ban-sao.db",
	},
	setup: setupMigrate,
}

func setupMigrate(fs *flag.FlagSet) runFunc {
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	return func(e *env, _ []string) error {
		if *from == "" || *to == "" {
			return usageErr(MsgCLIMissingArg)
		}
		for _, s := range []string{*from, *to} {
			if etcdkv.IsURL(s) {
				if err := checkStoreURL(s); err != nil {
					return err
				}
			}
		}
		return migrate(e, *from, *to)
	}
}

// migrate copies every bucket of the database from into the empty place
// to, in one transaction of the target (all or nothing), then checks
// both and compares what they hold.
func migrate(e *env, from, to string) error {
	if !etcdkv.IsURL(from) {
		if _, err := os.Stat(e.local(from)); errors.Is(err, fs.ErrNotExist) {
			return model.Errorf(MsgCLINoDatabase, from)
		}
		from = e.local(from)
	}
	src, err := openDB(from, store.Options{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("%s: %w", from, err)
	}
	defer src.Close()
	dst, created, err := migrateTarget(e, to)
	if err != nil {
		return err
	}
	err = store.CopyKV(e.ctx, dst, src.KV(), func(n int) {
		fmt.Fprintln(e.stderr, e.cfg.Lang.T(MsgMigrateProgress, grouped(n)))
	})
	if cerr := dst.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		if created != "" {
			os.Remove(created) // an empty file the failed copy made
		}
		return fmt.Errorf("%s → %s: %w", from, to, err)
	}
	return compareMigrated(e, src, to)
}

// migrateTarget opens the target as a bare backend: a new file (the path
// of which is returned, to remove it on failure) or an etcd prefix.
func migrateTarget(e *env, to string) (store.KV, string, error) {
	if etcdkv.IsURL(to) {
		kv, err := etcdkv.Open(to, etcdkv.SecurityFromEnv())
		return kv, "", err
	}
	path := e.local(to)
	if _, err := os.Stat(path); err == nil {
		return nil, "", model.Errorf(MsgMigrateExists, to)
	}
	kv, err := store.OpenBoltKV(path, store.Options{})
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", to, err)
	}
	return kv, path, nil
}

// compareMigrated opens the copy as a store, checks it, and compares its
// counts and audit sequence with the source's.
func compareMigrated(e *env, src *store.Store, to string) error {
	if !etcdkv.IsURL(to) {
		to = e.local(to)
	}
	dst, err := openDB(to, store.Options{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("%s: %w", to, err)
	}
	defer dst.Close()
	problems, err := dst.CheckIn(e.cfg.Lang)
	if err != nil {
		return fmt.Errorf("check %s: %w", to, err)
	}
	// The source's own problems (a reference to a deleted record, say)
	// come along; the copy must have those and no other.
	before, err := src.CheckIn(e.cfg.Lang)
	if err != nil {
		return fmt.Errorf("check %s: %w", src.Path(), err)
	}
	for _, p := range problems {
		fmt.Fprintln(e.stderr, p)
	}
	if !slices.Equal(problemsOnly(before), problemsOnly(problems)) {
		return model.Errorf(MsgMigrateDiffers, "check", len(before), len(problems))
	}
	a, b := src.Snapshot(), dst.Snapshot()
	for _, k := range model.Kinds {
		if a.Len(k) != b.Len(k) || a.Live(k) != b.Live(k) {
			return model.Errorf(MsgMigrateDiffers, k.String(), a.Len(k), b.Len(k))
		}
	}
	if a.Seq != b.Seq {
		return model.Errorf(MsgMigrateDiffers, "audit", a.Seq, b.Seq)
	}
	if len(problems) > 0 {
		e.say(MsgMigrateDoneProblems, to, grouped(len(problems)))
		return nil
	}
	e.say(MsgMigrateDone, to, grouped(b.Facilities().Live()), grouped(b.Projects().Live()), b.Seq)
	return nil
}

// problemsOnly drops the lines of bbolt's own page check, which only a
// file has.
func problemsOnly(ps []string) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		if !strings.Contains(p, "bbolt") {
			out = append(out, p)
		}
	}
	return out
}
