package cli

import "khuyencong/i18n"

// Messages of the holder's socket: the app or `serve` holding the
// database runs the commands of other processes of the same user.
const (
	MsgHolderNotSocket  i18n.Key = "cli.holder.not_socket"
	MsgHolderOwner      i18n.Key = "cli.holder.owner"
	MsgHolderMode       i18n.Key = "cli.holder.mode"
	MsgHolderPeer       i18n.Key = "cli.holder.peer"
	MsgHolderRefused    i18n.Key = "cli.holder.refused"
	MsgHolderLost       i18n.Key = "cli.holder.lost"
	MsgHolderPathLong   i18n.Key = "cli.holder.path_long"
	MsgHolderStdinLarge i18n.Key = "cli.holder.stdin_large"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgHolderNotSocket: {
			"%s không phải socket của khuyencong: không dùng được tiến trình đang giữ cơ sở dữ liệu.",
			"%s is not a khuyencong socket: the process holding the database cannot be used."},
		MsgHolderOwner: {
			"Socket %s thuộc người dùng khác (uid %d): không dùng, vì lệnh sẽ chạy dưới quyền người đó.",
			"Socket %s belongs to another user (uid %d): not used, since commands would run as that user."},
		MsgHolderMode: {
			"Socket %s có quyền %s, phải là 0600 (chỉ chủ sở hữu): không dùng.",
			"Socket %s has permissions %s, it must be 0600 (owner only): not used."},
		MsgHolderPeer: {
			"Tiến trình ở socket %s chạy dưới người dùng khác (uid %d): không dùng.",
			"The process behind socket %s runs as another user (uid %d): not used."},
		MsgHolderRefused: {
			"Chỉ người dùng uid %d mới được chạy lệnh qua socket này.",
			"Only the user with uid %d may run commands through this socket."},
		MsgHolderLost: {
			"Mất kết nối với tiến trình đang giữ cơ sở dữ liệu %s: %v",
			"Lost the connection to the process holding database %s: %v"},
		MsgHolderPathLong: {
			"Đường dẫn socket %s dài quá %d byte.",
			"Socket path %s is longer than %d bytes."},
		MsgHolderStdinLarge: {
			"Dữ liệu vào chuẩn quá %d MiB khi chạy qua tiến trình đang giữ cơ sở dữ liệu.",
			"Standard input exceeds %d MiB when run through the process holding the database."},
	})
}
