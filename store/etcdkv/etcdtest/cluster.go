package etcdtest

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
	"go.etcd.io/etcd/server/v3/embed"
	"go.uber.org/zap"
)

// Cluster is a running set of embedded members.
type Cluster struct {
	t       testing.TB
	Members []*Member
	initial string
}

// Member is one etcd member; Etcd is nil while it is stopped.
type Member struct {
	Name             string
	Dir              string
	ClientURL        url.URL
	PeerURL          url.URL
	Etcd             *embed.Etcd
	configure        func(*embed.Config)
	clusterInitiated bool
}

// Limits the members run with: an import of a few hundred thousand
// records is one Txn (see the README's etcd flags).
const (
	MaxTxnOps       = 1 << 20
	MaxRequestBytes = 256 << 20
)

// Start starts n members (1 or 3) and waits until they serve.
func Start(t testing.TB, n int) *Cluster {
	t.Helper()
	return StartWith(t, n, nil)
}

// StartWith is Start with each member's configuration changed by
// configure (etcd's own defaults for the limits, say).
//
// A free port is found by listening on port 0 and closing; another test
// process (go test runs packages side by side) may take it before the
// member binds it, so a start that finds its port taken is tried again on
// new ports.
func StartWith(t testing.TB, n int, configure func(*embed.Config)) *Cluster {
	t.Helper()
	for attempt := 1; ; attempt++ {
		c, err := tryStart(t, n, configure)
		if err == nil {
			t.Cleanup(c.Stop)
			return c
		}
		if attempt == startAttempts || !portTaken(err) {
			t.Fatal(err)
		}
	}
}

const startAttempts = 5

func tryStart(t testing.TB, n int, configure func(*embed.Config)) (*Cluster, error) {
	c := &Cluster{t: t}
	var parts []string
	for i := range n {
		m := &Member{Name: fmt.Sprintf("m%d", i), Dir: filepath.Join(t.TempDir(), fmt.Sprintf("m%d", i)), configure: configure}
		m.ClientURL, m.PeerURL = freeURL(t), freeURL(t)
		parts = append(parts, m.Name+"="+m.PeerURL.String())
		c.Members = append(c.Members, m)
	}
	c.initial = strings.Join(parts, ",")
	errs := make(chan error, n)
	for _, m := range c.Members {
		go func() { errs <- c.start(m) }()
	}
	var first error
	for range n {
		if err := <-errs; err != nil && first == nil {
			first = err
		}
	}
	if first != nil {
		c.Stop()
	}
	return c, first
}

// portTaken says whether a member could not bind its port.
func portTaken(err error) bool {
	return errors.Is(err, syscall.EADDRINUSE) || strings.Contains(err.Error(), "address already in use")
}

func freeURL(t testing.TB) url.URL {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return url.URL{Scheme: "http", Host: l.Addr().String()}
}

func (c *Cluster) start(m *Member) error {
	cfg := embed.NewConfig()
	cfg.Name, cfg.Dir = m.Name, m.Dir
	cfg.ListenClientUrls, cfg.AdvertiseClientUrls = []url.URL{m.ClientURL}, []url.URL{m.ClientURL}
	cfg.ListenPeerUrls, cfg.AdvertisePeerUrls = []url.URL{m.PeerURL}, []url.URL{m.PeerURL}
	cfg.InitialCluster = c.initial
	cfg.InitialClusterToken = "khuyencong-test"
	if m.clusterInitiated {
		cfg.ClusterState = embed.ClusterStateFlagExisting
	}
	cfg.ZapLoggerBuilder = embed.NewZapLoggerBuilder(zap.NewNop())
	cfg.MaxTxnOps, cfg.MaxRequestBytes = MaxTxnOps, MaxRequestBytes
	cfg.WatchProgressNotifyInterval = time.Second
	if m.configure != nil {
		m.configure(cfg)
	}
	e, err := embed.StartEtcd(cfg)
	if err != nil {
		return fmt.Errorf("start %s: %w", m.Name, err)
	}
	select {
	case <-e.Server.ReadyNotify():
	case <-time.After(30 * time.Second):
		e.Close()
		return fmt.Errorf("start %s: not ready after 30 s", m.Name)
	}
	m.Etcd, m.clusterInitiated = e, true
	return nil
}

// StopMember stops member i (its data stays); StartMember starts it again.
func (c *Cluster) StopMember(i int) {
	if m := c.Members[i]; m.Etcd != nil {
		// A crash rather than a goodbye: raft stops at once, and the
		// client streams are not waited for (Close alone gives them the
		// request timeout, over 5 s).
		m.Etcd.Server.HardStop()
		m.Etcd.Close()
		m.Etcd = nil
	}
}

// StartMember starts member i again. It keeps its ports (the others know
// it by them); if another process took one meanwhile, it waits for the
// port to be let go.
func (c *Cluster) StartMember(i int) {
	c.t.Helper()
	var err error
	for attempt := 1; attempt <= startAttempts; attempt++ {
		if err = c.start(c.Members[i]); err == nil || !portTaken(err) {
			break
		}
		time.Sleep(time.Duration(attempt) * 200 * time.Millisecond)
	}
	if err != nil {
		c.t.Fatal(err)
	}
}

// Leader is the index of the member that leads now, -1 if none does.
func (c *Cluster) Leader() int {
	for i, m := range c.Members {
		if m.Etcd != nil && m.Etcd.Server.Leader() == m.Etcd.Server.MemberID() {
			return i
		}
	}
	return -1
}

// Stop stops every member.
func (c *Cluster) Stop() {
	for i := range c.Members {
		c.StopMember(i)
	}
}

// Endpoints are the members' client addresses, host:port.
func (c *Cluster) Endpoints() []string {
	var eps []string
	for _, m := range c.Members {
		eps = append(eps, m.ClientURL.Host)
	}
	return eps
}

// URL is the store URL of the cluster with prefix.
func (c *Cluster) URL(prefix string) string {
	return "etcd://" + strings.Join(c.Endpoints(), ",") + "/" + prefix
}

// Client is a client of every member, closed when the test ends.
func (c *Cluster) Client() *clientv3.Client {
	c.t.Helper()
	var eps []string
	for _, h := range c.Endpoints() {
		eps = append(eps, "http://"+h)
	}
	cli, err := clientv3.New(clientv3.Config{Endpoints: eps, DialTimeout: 5 * time.Second,
		MaxCallSendMsgSize: MaxRequestBytes, MaxCallRecvMsgSize: MaxRequestBytes, Logger: zap.NewNop()})
	if err != nil {
		c.t.Fatal(err)
	}
	c.t.Cleanup(func() { cli.Close() })
	return cli
}
