package stix

import (
	"strings"

	"github.com/google/uuid"
)

// Namespace is the UUIDv5 namespace of every crosswire STIX id:
// 79b6524c-6c48-5fa3-bdfd-efcacc21784e, itself the UUIDv5 of the URL
// "https://crosswire.example/stix" in the RFC 4122 URL namespace. It must
// never change: ids derived from it are what lets a platform recognise a
// re-export as an update of objects it already holds.
var Namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://crosswire.example/stix"))

// ID returns the deterministic STIX id of an object of type typ with the
// canonical key: "typ--" + UUIDv5(Namespace, typ + "|" + key). Keys are
// documented in README.md; they name what the object is (a group's
// normalised name, a story id, the ids at both ends of a relationship), so
// exporting the same finding again yields the same id.
func ID(typ, key string) string {
	return typ + "--" + uuid.NewSHA1(Namespace, []byte(typ+"|"+key)).String()
}

// nameKey normalises a name for ids: lower case, single spaces, no leading
// article.
func nameKey(name string) string {
	k := strings.ToLower(strings.Join(strings.Fields(name), " "))
	k = strings.ReplaceAll(k, "’", "'")
	return strings.TrimPrefix(k, "the ")
}
