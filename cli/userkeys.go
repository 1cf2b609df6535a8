package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/crypto/ssh"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/vntext"
)

// readKeyFiles reads authorized_keys-style files: one public key per line,
// blank lines and # comments skipped. Each key is kept as its SHA256
// fingerprint (what the server matches at login) and its line without
// options, so that nothing but the key and its comment is stored.
func readKeyFiles(e *env, paths []string) ([]store.PublicKey, error) {
	var keys []store.PublicKey
	seen := map[string]bool{}
	for _, p := range paths {
		ks, err := readKeyFile(e, p)
		if err != nil {
			return nil, err
		}
		for _, k := range ks {
			if !seen[k.Fingerprint] {
				seen[k.Fingerprint] = true
				keys = append(keys, k)
			}
		}
	}
	return keys, nil
}

// readKeyFile reads a file, or standard input for "-". Over SSH only "-"
// is allowed: a remote user must not name files on the server.
func readKeyFile(e *env, path string) ([]store.PublicKey, error) {
	var data []byte
	var err error
	switch {
	case path == "-" && e.stdin != nil:
		data, err = io.ReadAll(io.LimitReader(e.stdin, 1<<20))
	case e.remote:
		return nil, usageErr(MsgUserRemoteKeyFile)
	default:
		data, err = os.ReadFile(e.local(path))
	}
	if err != nil {
		return nil, model.Errorf(MsgUserKeyFileRead, path, err)
	}
	if bytes.Contains(data, []byte("PRIVATE KEY")) {
		return nil, model.Errorf(MsgUserPrivateKey, path)
	}
	var keys []store.PublicKey
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		pub, comment, _, _, err := ssh.ParseAuthorizedKey([]byte(line))
		if err != nil {
			return nil, model.Errorf(MsgUserBadKey, path, i+1)
		}
		// A certificate would be matched by its own fingerprint for as long
		// as it is registered, whatever its validity period and principals
		// say; the server does not act as a certificate authority, so it
		// takes plain keys only.
		if _, ok := pub.(*ssh.Certificate); ok {
			return nil, model.Errorf(MsgUserCertificate, path, i+1)
		}
		text := strings.TrimSpace(string(ssh.MarshalAuthorizedKey(pub)))
		if c := vntext.CleanLine(comment); c != "" {
			text += " " + c
		}
		keys = append(keys, store.PublicKey{Fingerprint: ssh.FingerprintSHA256(pub), Line: text})
	}
	if len(keys) == 0 {
		return nil, model.Errorf(MsgUserNoKeys, path)
	}
	return keys, nil
}

// keyShown is a key for a listing: its fingerprint and, when the line has
// one, its comment (usually user@host).
func keyShown(k store.PublicKey) string {
	f := strings.Fields(k.Line)
	if len(f) > 2 {
		return fmt.Sprintf("%s %s", k.Fingerprint, strings.Join(f[2:], " "))
	}
	return k.Fingerprint
}
