package stix

import (
	"github.com/google/uuid"

	"crosswire/text"
)

// Namespace is the UUIDv5 namespace of every crosswire STIX id, version 2:
// 93b512a6-007f-5357-aaa9-4fa3e2b7553e (see README.md), the UUIDv5 of the
// URL "https://crosswire.example/stix/v2" in the RFC 4122 URL namespace.
// Ids derived from it are what lets a platform recognise a re-export as an
// update of objects it already holds, so it changes only with a new
// version of the id scheme, documented in README.md. Version 2 came with
// the one name key of the text layer (text.NameKey): "Ministry of Energy"
// and "Energy Ministry" are now one object. Version 1 was the UUIDv5 of
// "https://crosswire.example/stix" (79b6524c-6c48-5fa3-bdfd-efcacc21784e).
var Namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://crosswire.example/stix/v2"))

// ID returns the deterministic STIX id of an object of type typ with the
// canonical key: "typ--" + UUIDv5(Namespace, typ + "|" + key). Keys are
// documented in README.md; they name what the object is (a group's
// normalised name, a story id, the ids at both ends of a relationship), so
// exporting the same finding again yields the same id.
func ID(typ, key string) string {
	return typ + "--" + uuid.NewSHA1(Namespace, []byte(typ+"|"+key)).String()
}

// nameKey is the key of a named object's id: the one name key of the text
// layer with the organisation rule (text.NameKey), so a name written two
// ways ("the Ministry of Energy", "Energy Ministry") is one object.
func nameKey(name string) string { return text.NameKey(name, true) }
