// Package i18n holds the product's languages, message keys and their
// lookup. It is a leaf: every layer (model, store, tui and its components,
// the command line) declares its own catalog file beside its code and
// registers it here from init, so a component such as tui/vtable needs no
// domain package for its words. Check verifies every registered entry; the
// module's catalog test calls it once all layers are linked in.
package i18n
