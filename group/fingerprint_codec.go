package group

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"
)

// FingerprintKind is the signature kind under which incremental analysis
// stores each article's grouping fingerprint (Store.PutSignature), encoded
// by EncodeFingerprint.
const FingerprintKind = "group-fingerprint-v1"

// ErrBadFingerprint is returned for a stored fingerprint that cannot be
// decoded.
var ErrBadFingerprint = errors.New("bad stored fingerprint")

// fingerprintVersion leads the encoding so the layout can change. Version
// 2 appends the outlet key; version 1 (no outlet) is still read, as an
// unknown outlet.
const fingerprintVersion = 2

// EncodeFingerprint writes what grouping keeps of an article, without its
// ID (the store's key): a version byte, the MinHash signature
// (Signature.MarshalBinary), the publication time in Unix
// nanoseconds (0 when unknown), the word and CJK counts, the language
// code, then the anchors and quotations, each list as a count and
// little-endian uint32 values, then the outlet key (Fingerprint.Outlet,
// little-endian uint32). About 750 bytes for a news article.
func EncodeFingerprint(f *Fingerprint) ([]byte, error) {
	sig, err := f.Signature.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("fingerprint %s: %w", f.ID, err)
	}
	b := make([]byte, 0, 1+len(sig)+36+len(f.Language)+4*(len(f.Anchors)+len(f.Quotes)))
	b = append(b, fingerprintVersion)
	b = append(b, sig...)
	var pub int64
	if !f.Published.IsZero() {
		pub = f.Published.UnixNano()
	}
	b = binary.AppendVarint(b, pub)
	b = binary.AppendUvarint(b, uint64(f.Words))
	b = binary.AppendUvarint(b, uint64(f.CJK))
	b = binary.AppendUvarint(b, uint64(len(f.Language)))
	b = append(b, f.Language...)
	for _, list := range [][]uint32{f.Anchors, f.Quotes} {
		b = binary.AppendUvarint(b, uint64(len(list)))
		for _, v := range list {
			b = binary.LittleEndian.AppendUint32(b, v)
		}
	}
	return binary.LittleEndian.AppendUint32(b, f.Outlet), nil
}

// DecodeFingerprint reads what EncodeFingerprint wrote for the article id.
func DecodeFingerprint(id string, b []byte) (*Fingerprint, error) {
	bad := func(what string) error { return fmt.Errorf("%w of %s: %s", ErrBadFingerprint, id, what) }
	const sigLen = 1 + 4 + 4*NumPerm
	if len(b) < 1+sigLen || b[0] != 1 && b[0] != fingerprintVersion {
		return nil, bad("unknown version or truncated")
	}
	version := b[0]
	f := &Fingerprint{ID: id}
	if err := f.Signature.UnmarshalBinary(b[1 : 1+sigLen]); err != nil {
		return nil, fmt.Errorf("%w of %s: %w", ErrBadFingerprint, id, err)
	}
	b = b[1+sigLen:]
	pub, n := binary.Varint(b)
	if n <= 0 {
		return nil, bad("published")
	}
	b = b[n:]
	if pub != 0 {
		f.Published = time.Unix(0, pub).UTC()
	}
	var counts [3]uint64
	for i := range counts {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, bad("counts")
		}
		counts[i], b = v, b[n:]
	}
	f.Words, f.CJK = int(counts[0]), int(counts[1])
	if uint64(len(b)) < counts[2] {
		return nil, bad("language")
	}
	f.Language, b = string(b[:counts[2]]), b[counts[2]:]
	for _, list := range []*[]uint32{&f.Anchors, &f.Quotes} {
		k, n := binary.Uvarint(b)
		if n <= 0 || uint64(len(b)-n) < 4*k {
			return nil, bad("anchor list")
		}
		b = b[n:]
		*list = make([]uint32, k)
		for i := range *list {
			(*list)[i] = binary.LittleEndian.Uint32(b[4*i:])
		}
		b = b[4*k:]
	}
	if version >= 2 {
		if len(b) < 4 {
			return nil, bad("outlet")
		}
		f.Outlet, b = binary.LittleEndian.Uint32(b), b[4:]
	}
	if len(b) != 0 {
		return nil, bad("trailing bytes")
	}
	return f, nil
}
