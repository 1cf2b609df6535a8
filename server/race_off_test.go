//go:build !race

package server

// loadSessions is how many editors TestLoadManySessions logs in: a centre's
// whole staff at once.
const loadSessions = 50
