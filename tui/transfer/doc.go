// Package transfer is the export and import dialogs. The files are read
// and written by functions the caller gives in kit.Config (ExportFunc,
// ImportFunc), so the app itself never depends on the file formats; the
// tabs open the dialogs through kit.Session.ExportDialog/ImportDialog.
package transfer
