package group

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
)

// NumPerm is the number of MinHash values ("permutations") in a
// Signature. 128 gives a standard error of at most sqrt(J(1-J)/128) ≤
// 0.044 on an estimated Jaccard similarity, enough to tell a copy (J ≥
// 0.9) from an excerpt or a rewrite; the first 40 values also form the
// LSH bands (Bands × Rows).
const NumPerm = 128

// ShingleSize is the number of consecutive tokens in a shingle: five words,
// or five characters of CJK text.
const ShingleSize = 5

// Signature is the MinHash signature of an article's set of shingles,
// computed with one-permutation hashing (OPH): every shingle is hashed once
// with xxhash64; the top 7 bits choose one of NumPerm bins and the low 32
// bits compete for that bin's minimum. Bins left empty by short texts are
// filled by optimal densification (Shrivastava, "Optimal Densification for
// Fast and Accurate Minwise Hashing", ICML 2017): each empty bin copies the
// value of the first non-empty bin on its own pseudo-random probe sequence,
// which keeps P(bin i agrees) = Jaccard for every bin. One pass over the
// shingles instead of NumPerm hash evaluations per shingle.
type Signature struct {
	// Shingles is the number of shingle positions hashed: the size of the
	// shingle set, up to repeats. It turns an estimated Jaccard similarity
	// into an estimated containment.
	Shingles uint32
	// Mins holds the minimum of each bin; all 0xFFFFFFFF for an empty text.
	Mins [NumPerm]uint32
}

const emptyBin = ^uint32(0)

// signatureVersion prefixes the binary form so the layout can change.
const signatureVersion = 1

// signatureLen is the length of a marshalled Signature.
const signatureLen = 1 + 4 + 4*NumPerm

// ErrBadSignature is returned by UnmarshalBinary for data that is not a
// marshalled Signature.
var ErrBadSignature = errors.New("group: bad signature encoding")

// MarshalBinary encodes the signature: a version byte, the shingle count
// and the NumPerm values, little-endian (517 bytes).
func (s *Signature) MarshalBinary() ([]byte, error) {
	b := make([]byte, signatureLen)
	b[0] = signatureVersion
	binary.LittleEndian.PutUint32(b[1:], s.Shingles)
	for i, v := range s.Mins {
		binary.LittleEndian.PutUint32(b[5+4*i:], v)
	}
	return b, nil
}

// UnmarshalBinary decodes what MarshalBinary wrote.
func (s *Signature) UnmarshalBinary(b []byte) error {
	if len(b) != signatureLen || b[0] != signatureVersion {
		return fmt.Errorf("%w: %d bytes, version %d", ErrBadSignature, len(b), firstByte(b))
	}
	s.Shingles = binary.LittleEndian.Uint32(b[1:])
	for i := range s.Mins {
		s.Mins[i] = binary.LittleEndian.Uint32(b[5+4*i:])
	}
	return nil
}

func firstByte(b []byte) int {
	if len(b) == 0 {
		return -1
	}
	return int(b[0])
}

// mix64 is the murmur3 finaliser: a cheap bijective avalanche of 64 bits.
func mix64(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// shingleHash combines the hashes of ShingleSize consecutive tokens. The
// token hashes are already xxhash64 values, so a rotate-xor chain and one
// finaliser is enough; order matters (rotations differ per position).
func shingleHash(toks []token) uint64 {
	var h uint64 = 0x9e3779b97f4a7c15
	for k, t := range toks {
		h ^= bits.RotateLeft64(t.hash, 11*k)
		h *= 0x100000001b3
	}
	return mix64(h)
}

// signInto computes the OPH signature of the token stream's shingles into
// s. The window of ShingleSize token hashes slides along the stream, so
// every token is read once.
func signInto(s *Signature, toks []token) {
	for i := range s.Mins {
		s.Mins[i] = emptyBin
	}
	s.Shingles = 0
	if len(toks) == 0 {
		return
	}
	if len(toks) < ShingleSize {
		h := shingleHash(toks)
		s.Mins[h>>(64-7)] = uint32(h) // NumPerm = 128 = 2^7
		s.Shingles = 1
		densify(s)
		return
	}
	mins := &s.Mins
	h0, h1, h2, h3 := toks[0].hash, toks[1].hash, toks[2].hash, toks[3].hash
	for _, t := range toks[ShingleSize-1:] {
		h4 := t.hash
		// shingleHash of the five tokens, unrolled
		h := uint64(0x9e3779b97f4a7c15)
		h = (h ^ h0) * 0x100000001b3
		h = (h ^ bits.RotateLeft64(h1, 11)) * 0x100000001b3
		h = (h ^ bits.RotateLeft64(h2, 22)) * 0x100000001b3
		h = (h ^ bits.RotateLeft64(h3, 33)) * 0x100000001b3
		h = (h ^ bits.RotateLeft64(h4, 44)) * 0x100000001b3
		h = mix64(h)
		bin := h >> (64 - 7) // NumPerm = 128 = 2^7
		mins[bin] = min(mins[bin], uint32(h))
		h0, h1, h2, h3 = h1, h2, h3, h4
	}
	s.Shingles = uint32(len(toks) - ShingleSize + 1)
	densify(s)
}

// densify fills empty bins (optimal densification): bin i probes bins
// mix64(i, attempt) mod NumPerm until it finds one that was filled by a
// shingle. The probe sequence depends only on (i, attempt), never on the
// text, so two texts with the same non-empty bins densify alike.
func densify(s *Signature) {
	filled := 0
	for _, v := range s.Mins {
		if v != emptyBin {
			filled++
		}
	}
	if filled == 0 || filled == NumPerm {
		return
	}
	var orig [NumPerm]uint32
	orig = s.Mins
	for i := range s.Mins {
		if orig[i] != emptyBin {
			continue
		}
		for attempt := uint64(1); ; attempt++ {
			j := mix64(uint64(i)<<32|attempt) % NumPerm
			if orig[j] != emptyBin {
				s.Mins[i] = orig[j]
				break
			}
		}
	}
}

// Jaccard estimates the Jaccard similarity of the two shingle sets: the
// fraction of bins whose minima agree.
func (s *Signature) Jaccard(o *Signature) float64 {
	if s.Shingles == 0 || o.Shingles == 0 {
		return 0
	}
	eq := 0
	for i := range s.Mins {
		if s.Mins[i] == o.Mins[i] {
			eq++
		}
	}
	return float64(eq) / NumPerm
}

// containment turns a Jaccard similarity j of sets of sizes a and b into
// the fraction of the first set contained in the second:
// |A∩B| = j(|A|+|B|)/(1+j), so C(A⊂B) = j(a+b)/((1+j)a), capped at 1.
func containment(j float64, a, b uint32) float64 {
	if a == 0 {
		return 0
	}
	c := j * float64(a+b) / ((1 + j) * float64(a))
	if c > 1 {
		c = 1
	}
	return c
}
