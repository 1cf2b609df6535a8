package model

// Messages of the app: export (x) and the loading screen.
const (
	MsgKeyExport         Key = "tui.key.export"
	MsgExportAsk         Key = "tui.export.ask"
	MsgExportDo          Key = "tui.export.do"
	MsgAppExportDone     Key = "tui.export.done"
	MsgAppExportFailed   Key = "tui.export.failed"
	MsgExportUnavailable Key = "tui.export.unavailable"
)

func init() {
	register(map[Key]Msg{
		MsgKeyExport: {"xuất ra tệp", "export to a file"},
		MsgExportAsk: {
			"Xuất %s dòng đang hiển thị (đúng bộ lọc và thứ tự) ra tệp .csv, .xlsx hoặc .md:",
			"Export the %s rows on screen (as filtered and sorted) to a .csv, .xlsx or .md file:",
		},
		MsgExportDo:        {"xuất", "export"},
		MsgAppExportDone:   {"Đã xuất %s dòng ra %s", "Exported %s rows to %s"},
		MsgAppExportFailed: {"Không xuất được ra %s: %s", "Could not export to %s: %s"},
		MsgExportUnavailable: {
			"Qua SSH không ghi tệp lên máy chủ; hãy dùng: ssh -p 23234 máy-chủ export facilities > co-so.csv",
			"Over SSH the app writes no files on the server; use: ssh -p 23234 server export facilities > file.csv",
		},
	})
}

// MsgLoading is shown while the database opens.
const MsgLoading Key = "tui.loading"

func init() {
	register(map[Key]Msg{
		MsgLoading: {"Đang mở %s…", "Opening %s…"},
	})
}
