// Package tui is the khuyến công terminal app: a Bubble Tea v2 program with
// tabs for the overview, facilities, projects, budgets and (for admins) the
// audit trail, over the store's shared read model.
//
// One Model serves one user (a local run or one SSH session): it keeps its
// own size, styles, language and status, and shares only the *store.Store.
// Nothing here opens a bbolt transaction or writes to os.Stdout; writes to
// the store run in tea.Cmds, never inside Update.
//
// The code is a kernel, components and features, in the spirit of
// soft-serve's pkg/ui. kit is the kernel (session, Tab and Modal
// interfaces, actions, keys, styles); vtable, barchart, form, sources and
// money are components; overview, lists, budgets, audit and transfer are
// features, which import the kernel and components but never each other.
// This package only routes: tablist.go declares the tabs, app*.go hold the
// root model (tabs, modal, status, help), and empty.go, loading.go and
// feed.go the first-run screen, the loading screen and the change feed.
package tui
