package group

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"crosswire"
)

// TestFingerprintRoundTrip stores and reads back a grouping fingerprint,
// in the current layout and in version 1 (no outlet: read as unknown).
func TestFingerprintRoundTrip(t *testing.T) {
	pub := time.Date(2025, 6, 3, 8, 0, 0, 0, time.UTC)
	a := crosswire.Article{ID: "wire", Title: "Port of Vessburg closes", Outlet: "Norpress", Language: "en", Published: &pub,
		Text: `The Port of Vessburg closed on Tuesday after 4,200 litres of solvent leaked from the tanker Marla Quist, harbour master Ilse Brandvold said. "We will reopen when the water tests are clean," Brandvold told reporters.`}
	f := NewFingerprint(&a)
	if f.Outlet == 0 {
		t.Fatal("fingerprint has no outlet")
	}
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
	// version 1: the same bytes without the outlet
	v1 := append([]byte{1}, b[1:len(b)-4]...)
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
}
