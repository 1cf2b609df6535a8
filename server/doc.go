// Package server serves the terminal app to many staff at once over SSH
// (charm.land/wish/v2): public-key login resolved to a registered user after
// authentication, one Bubble Tea program per session over one shared store,
// a cap on sessions, an idle timeout measured on the user's own input, plain
// commands for logins without a terminal, and a shutdown that ends every
// session before the caller closes the database.
//
// The server never writes data itself: every session acts as its user
// through the store, which enforces the roles.
package server
