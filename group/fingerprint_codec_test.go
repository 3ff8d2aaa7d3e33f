package group

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"crosswire"
)

// TestFingerprintRoundTrip stores and reads back a grouping fingerprint,
// in the current layout, with and without a wire take, and in versions 1
// (no outlet: read as unknown) and 2 (no wire take); everything but the
// lead, which is not stored.
func TestFingerprintRoundTrip(t *testing.T) {
	pub := time.Date(2025, 6, 3, 8, 0, 0, 0, time.UTC)
	a := crosswire.Article{ID: "wire", Title: "Port of Vessburg closes", Outlet: "Norpress", Language: "en", Published: &pub,
		Text: `The Port of Vessburg closed on Tuesday after 4,200 litres of solvent leaked from the tanker Marla Quist, harbour master Ilse Brandvold said. "We will reopen when the water tests are clean," Brandvold told reporters.`}
	f := NewFingerprint(&a)
	if f.Outlet == 0 {
		t.Fatal("fingerprint has no outlet")
	}
	if f.lead.day == 0 || len(f.lead.anchors) == 0 {
		t.Fatal("fingerprint has no lead")
	}
	// the lead (eventday.go) and the narrative runs (runs.go) are not
	// stored: only the batch Grouper reads them, and it fingerprints the
	// articles it groups
	f.lead, f.runs = lead{}, nil
	b, err := EncodeFingerprint(f)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeFingerprint("wire", b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, f) {
		t.Errorf("round trip changed the fingerprint:\n got %+v\nwant %+v", got, f)
	}
	// version 2: the same bytes without the wire take (one 0 byte here)
	v2 := append([]byte{2}, b[1:len(b)-1]...)
	old2, err := DecodeFingerprint("wire", v2)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(old2, f) {
		t.Errorf("version 2: got %+v, want %+v", old2, f)
	}
	// version 1: without the outlet either
	v1 := append([]byte{1}, b[1:len(b)-5]...)
	old, err := DecodeFingerprint("wire", v1)
	if err != nil {
		t.Fatal(err)
	}
	want := *f
	want.Outlet = 0
	if !reflect.DeepEqual(*old, want) {
		t.Errorf("version 1: got %+v, want %+v", *old, want)
	}
	for name, bad := range map[string][]byte{"truncated": b[:len(b)-2], "unknown version": append([]byte{9}, b[1:]...)} {
		if _, err := DecodeFingerprint("wire", bad); !errors.Is(err, ErrBadFingerprint) {
			t.Errorf("%s: error %v, want ErrBadFingerprint", name, err)
		}
	}

	// a wire take keeps its slug, agency, version, page and filing time
	filed := time.Date(2025, 6, 3, 17, 40, 0, 0, time.UTC)
	a.Wire = &crosswire.Wire{Slug: "Vessburg", Version: "substitute", Page: 2, Desk: "NEWS", Agency: "Norpress", Filed: &filed}
	fw := NewFingerprint(&a)
	fw.lead, fw.runs = lead{}, nil
	if fw.Wire == nil || fw.Wire.Page != 2 || !fw.Wire.Filed.Equal(filed) || fw.Wire.Version == 0 {
		t.Fatalf("wire take not read: %+v", fw.Wire)
	}
	bw, err := EncodeFingerprint(fw)
	if err != nil {
		t.Fatal(err)
	}
	gotW, err := DecodeFingerprint("wire", bw)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotW, fw) {
		t.Errorf("wire round trip: got %+v, want %+v", gotW.Wire, fw.Wire)
	}
	if _, err := DecodeFingerprint("wire", bw[:len(bw)-3]); !errors.Is(err, ErrBadFingerprint) {
		t.Errorf("truncated wire take: error %v, want ErrBadFingerprint", err)
	}
}
