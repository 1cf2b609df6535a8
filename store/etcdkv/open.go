package etcdkv

import (
	"crypto/tls"
	"fmt"
	"os"
	"strings"
	"time"

	"go.etcd.io/etcd/client/pkg/v3/transport"
	clientv3 "go.etcd.io/etcd/client/v3"
	"go.uber.org/zap"
	"google.golang.org/grpc"
	"google.golang.org/grpc/backoff"
)

// Scheme starts a store URL that names an etcd cluster.
const Scheme = "etcd://"

// Target is a parsed store URL: etcd://host1:2379,host2:2379/PREFIX.
type Target struct {
	Endpoints []string
	Prefix    string
}

// IsURL says whether s names an etcd cluster rather than a file.
func IsURL(s string) bool { return strings.HasPrefix(s, Scheme) }

// Parse reads etcd://h1:2379,h2:2379/PREFIX. The prefix is required: it
// keeps one database's keys apart from anything else on the cluster.
func Parse(s string) (Target, error) {
	rest, ok := strings.CutPrefix(s, Scheme)
	if !ok {
		return Target{}, fmt.Errorf("%q: not an %s URL", s, Scheme)
	}
	hosts, prefix, _ := strings.Cut(rest, "/")
	prefix = strings.Trim(prefix, "/")
	if prefix == "" {
		return Target{}, fmt.Errorf("%q: no prefix (etcd://host:2379/PREFIX)", s)
	}
	var t Target
	for h := range strings.SplitSeq(hosts, ",") {
		if h = strings.TrimSpace(h); h == "" {
			return Target{}, fmt.Errorf("%q: an empty host", s)
		}
		t.Endpoints = append(t.Endpoints, h)
	}
	t.Prefix = prefix
	return t, nil
}

// Security is how to log in to the cluster, read like etcdctl's
// environment: ETCDCTL_CACERT, ETCDCTL_CERT, ETCDCTL_KEY (TLS; with a CA
// the endpoints are https) and ETCDCTL_USER ("name:password", or the
// name with ETCDCTL_PASSWORD).
type Security struct {
	CACert, Cert, Key string
	User, Password    string
}

// SecurityFromEnv reads the ETCDCTL_* variables.
func SecurityFromEnv() Security {
	s := Security{CACert: os.Getenv("ETCDCTL_CACERT"), Cert: os.Getenv("ETCDCTL_CERT"),
		Key: os.Getenv("ETCDCTL_KEY"), User: os.Getenv("ETCDCTL_USER"), Password: os.Getenv("ETCDCTL_PASSWORD")}
	if name, pw, ok := strings.Cut(s.User, ":"); ok {
		s.User, s.Password = name, pw
	}
	return s
}

// maxMessage bounds one request or reply: an import is one Txn. The
// members must allow as much (--max-request-bytes, --max-txn-ops).
const maxMessage = 256 << 20

// Open connects to the cluster and keeps the data under the URL's prefix.
func Open(url string, sec Security) (*KV, error) {
	t, err := Parse(url)
	if err != nil {
		return nil, err
	}
	cfg := clientv3.Config{DialTimeout: 5 * time.Second, Username: sec.User, Password: sec.Password,
		MaxCallSendMsgSize: maxMessage, MaxCallRecvMsgSize: maxMessage, RejectOldCluster: true,
		// The client's retries are logged as warnings, which would land
		// in the middle of the terminal app; errors reach the caller.
		Logger: zap.NewNop(),
		// A member that comes back is dialled again within a second or
		// two, not after gRPC's default backoff of up to two minutes.
		DialOptions: []grpc.DialOption{grpc.WithConnectParams(grpc.ConnectParams{
			Backoff:           backoff.Config{BaseDelay: 100 * time.Millisecond, Multiplier: 1.6, Jitter: 0.2, MaxDelay: 2 * time.Second},
			MinConnectTimeout: 2 * time.Second})}}
	scheme := "http://"
	if sec.CACert != "" || sec.Cert != "" {
		info := transport.TLSInfo{TrustedCAFile: sec.CACert, CertFile: sec.Cert, KeyFile: sec.Key}
		var tc *tls.Config
		if tc, err = info.ClientConfig(); err != nil {
			return nil, fmt.Errorf("etcd TLS: %w", err)
		}
		cfg.TLS, scheme = tc, "https://"
	}
	for _, h := range t.Endpoints {
		if !strings.Contains(h, "://") {
			h = scheme + h
		}
		cfg.Endpoints = append(cfg.Endpoints, h)
	}
	cli, err := clientv3.New(cfg)
	if err != nil {
		return nil, fmt.Errorf("etcd %s: %w", url, err)
	}
	k, err := New(cli, t.Prefix, url)
	if err != nil {
		cli.Close()
		return nil, err
	}
	k.own = true
	return k, nil
}
