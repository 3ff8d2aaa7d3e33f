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
// 2 appends the outlet key, version 3 the wire take; versions 1 (no
// outlet) and 2 (no wire take) are still read, as an unknown outlet and no
// wire take.
const fingerprintVersion = 3

// EncodeFingerprint writes what grouping keeps of an article, without its
// ID (the store's key): a version byte, the MinHash signature
// (Signature.MarshalBinary), the publication time in Unix
// nanoseconds (0 when unknown), the word and CJK counts, the language
// code, then the anchors and quotations, each list as a count and
// little-endian uint32 values, then the outlet key (Fingerprint.Outlet,
// little-endian uint32), then the wire take (Fingerprint.Wire): a byte 0
// when none, else 1, its slug, head, agency and version keys
// (little-endian uint32), page and filing time in Unix nanoseconds (0 when
// unknown) as varints. About 750 bytes for a news article.
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
	b = binary.LittleEndian.AppendUint32(b, f.Outlet)
	if f.Wire == nil {
		return append(b, 0), nil
	}
	w := f.Wire
	b = append(b, 1)
	for _, k := range []uint32{w.Slug, w.Head, w.Agency, w.Version} {
		b = binary.LittleEndian.AppendUint32(b, k)
	}
	b = binary.AppendUvarint(b, uint64(max(w.Page, 0)))
	var filed int64
	if !w.Filed.IsZero() {
		filed = w.Filed.UnixNano()
	}
	return binary.AppendVarint(b, filed), nil
}

// DecodeFingerprint reads what EncodeFingerprint wrote for the article id.
func DecodeFingerprint(id string, b []byte) (*Fingerprint, error) {
	bad := func(what string) error { return fmt.Errorf("%w of %s: %s", ErrBadFingerprint, id, what) }
	const sigLen = 1 + 4 + 4*NumPerm
	if len(b) < 1+sigLen || b[0] < 1 || b[0] > fingerprintVersion {
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
	if version >= 3 {
		if len(b) < 1 {
			return nil, bad("wire take")
		}
		has := b[0]
		b = b[1:]
		if has > 1 || has == 1 && len(b) < 16 {
			return nil, bad("wire take")
		}
		if has == 1 {
			w := &WireTake{Slug: binary.LittleEndian.Uint32(b), Head: binary.LittleEndian.Uint32(b[4:]),
				Agency: binary.LittleEndian.Uint32(b[8:]), Version: binary.LittleEndian.Uint32(b[12:])}
			b = b[16:]
			page, n := binary.Uvarint(b)
			if n <= 0 || page > 1<<15 {
				return nil, bad("wire page")
			}
			b = b[n:]
			filed, n := binary.Varint(b)
			if n <= 0 {
				return nil, bad("wire filing time")
			}
			b = b[n:]
			w.Page = int(page)
			if filed != 0 {
				w.Filed = time.Unix(0, filed).UTC()
			}
			f.Wire = w
		}
	}
	if len(b) != 0 {
		return nil, bad("trailing bytes")
	}
	return f, nil
}
