// Package contest is the Bình chọn tab: the contest rounds, the entries of
// a round with their averages and results, the certificate register across
// rounds, and the score grid (entries × council members) in which a round's
// sheets are typed from the keyboard.
package contest
