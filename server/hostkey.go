package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"

	"khuyencong/model"
)

// ensureHostKey makes the host key on first start. It writes a temporary
// file, syncs it and renames it into place, so that a full disk or a crash
// leaves either no key (made again next start) or a whole one — never the
// empty file after which every later start failed with "ssh: no key
// found". A key file that is empty or does not parse is refused with a
// message that says to delete it: it is never replaced silently, since
// users have trusted its fingerprint.
func ensureHostKey(path string) error {
	pemBytes, err := os.ReadFile(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return writeHostKey(path)
	case err != nil:
		return fmt.Errorf("read host key %s: %w", path, err)
	}
	if _, err := gossh.ParsePrivateKey(pemBytes); err != nil {
		return model.Errorf(MsgServerBadHostKey, path)
	}
	return nil
}

func writeHostKey(path string) error {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return fmt.Errorf("generate host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "khuyencong host key")
	if err != nil {
		return fmt.Errorf("encode host key: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".host-key-*")
	if err != nil {
		return fmt.Errorf("create host key %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	if err := writeSynced(tmp, pem.EncodeToMemory(block)); err != nil {
		return fmt.Errorf("write host key %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("create host key %s: %w", path, err)
	}
	return syncDir(filepath.Dir(path))
}

// writeSynced writes and syncs a file made 0600 by CreateTemp, then closes it.
func writeSynced(f *os.File, b []byte) error {
	_, err := f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// syncDir makes the rename durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("open %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}
