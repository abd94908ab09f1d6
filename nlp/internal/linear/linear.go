// Package linear holds the multiclass averaged perceptron shared by dyad's
// tagger and parser: a sparse trainer keyed by 64-bit feature hashes, and a
// compact frozen model (an open-addressing table of feature hashes, each
// pointing at a contiguous run of per-class weights) that is pruned and
// quantised to 16-bit integers.
package linear

import "math/bits"

// Hash helpers. Features are 64-bit hashes of a template number and up to
// three atom hashes; collisions at 64 bits are negligible.

const (
	p1 = 0x9E3779B97F4A7C15
	p2 = 0xC2B2AE3D27D4EB4F
	p3 = 0x165667B19E3779F9
)

func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	if h == 0 {
		h = 1
	}
	return h
}

// F1 returns the feature hash of template t with one atom.
func F1(t, a uint64) uint64 { return fmix((t*p1 ^ a) * p2) }

// F2 returns the feature hash of template t with two atoms.
func F2(t, a, b uint64) uint64 { return fmix(((t*p1^a)*p2 ^ bits.RotateLeft64(b, 17)) * p3) }

// F3 returns the feature hash of template t with three atoms.
func F3(t, a, b, c uint64) uint64 {
	return fmix((((t*p1^a)*p2^bits.RotateLeft64(b, 17))*p3 ^ bits.RotateLeft64(c, 41)) * p1)
}

// String returns the FNV-1a hash of s, an atom for feature hashing.
func String(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
