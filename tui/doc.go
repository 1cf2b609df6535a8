// Package tui is the khuyến công terminal app: a Bubble Tea v2 program with
// tabs for the overview, facilities, projects, budgets and (for admins) the
// audit trail, over the store's shared read model.
//
// One Model serves one user (a local run or one SSH session): it keeps its
// own size, styles, language and status, and shares only the *store.Store.
// Nothing here opens a bbolt transaction or writes to os.Stdout; writes to
// the store run in tea.Cmds, never inside Update.
//
// Layout of the package: app.go is the root model; tabs.go, statusbar.go and
// help.go draw the frame; one file per tab (overview.go, facilities.go,
// projects.go, budgets.go, audit.go) and per component (detail_*.go,
// form*.go, picker.go, confirm.go, empty.go, toosmall.go); feed.go follows
// the store's change feed. Every user-visible string is a model catalog key
// (model/catalog_tui.go).
package tui
