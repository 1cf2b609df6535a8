// package kit is the kernel of the terminal app: what one session shares
// (Session: configuration, language, styles, snapshot, role), the Tab and
// Modal interfaces, actions declared once, key bindings, styles, the status
// line's messages, the messages parts send each other, and small text and
// layout helpers.
//
// It is called kit rather than common because it holds more than state:
// it is the set of parts every feature package builds on. Feature packages
// (overview, lists, budgets, audit, transfer) and components (form, vtable,
// barchart) import it; it imports none of them, so the root package can
// wire them together without a cycle.
package kit
