package cli

import "khuyencong/i18n"

// Messages of --store and migrate.
const (
	MsgCLIFlagStore i18n.Key = "cli.flag_store"
	MsgCLIBadStore  i18n.Key = "cli.bad_store"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgCLIFlagStore: {
			"cụm etcd thay cho tệp: etcd://máy1:2379,máy2:2379/TIỀN_TỐ (hoặc biến môi trường KHUYENCONG_STORE; TLS và mật khẩu theo ETCDCTL_CACERT, ETCDCTL_CERT, ETCDCTL_KEY, ETCDCTL_USER như etcdctl)",
			"an etcd cluster instead of the file: etcd://host1:2379,host2:2379/PREFIX (or the KHUYENCONG_STORE environment variable; TLS and password from ETCDCTL_CACERT, ETCDCTL_CERT, ETCDCTL_KEY, ETCDCTL_USER as for etcdctl)"},
		MsgCLIBadStore: {
			"--store %q: cần dạng etcd://máy1:2379,máy2:2379/TIỀN_TỐ",
			"--store %q: expected etcd://host1:2379,host2:2379/PREFIX"},
	})
}
