package clean

import (
	"crypto/sha256"
	"encoding/hex"

	"crosswire"
)

// idLength is the number of hex digits of the content hash used as the
// article ID: 64 bits, enough to keep the IDs of a large archive distinct.
const idLength = 16

// ContentHash returns the hex SHA-256 of the document's outlet, URL, title
// and raw body, separated by NUL bytes. The same report read twice hashes
// the same, which makes ingest idempotent; the separators keep ("ab", "c")
// and ("a", "bc") apart.
func ContentHash(doc crosswire.Document) string {
	h := sha256.New()
	for i, part := range []string{doc.Outlet, doc.URL, doc.Title, doc.Body} {
		if i > 0 {
			h.Write([]byte{0})
		}
		h.Write([]byte(part))
	}
	return hex.EncodeToString(h.Sum(nil))
}
