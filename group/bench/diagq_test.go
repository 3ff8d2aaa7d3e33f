package bench

import (
	"context"
	"fmt"
	"hash/crc32"
	"os"
	"testing"
)

func TestDiagQuality(t *testing.T) {
	if os.Getenv("DIAGQ") == "" {
		t.Skip()
	}
	mm, _ := ReadRecords(sharedData(t, "mmds2025-dev.jsonl"))
	var line string
	for _, part := range []int{-1, 0, 1} {
		var recs []Record
		for _, r := range mm {
			if part < 0 || int(crc32.ChecksumIEEE([]byte(r.Cluster))%2) == part {
				recs = append(recs, r)
			}
		}
		res, _ := RunRecords(context.Background(), recs, Options{})
		line += fmt.Sprintf(" %.3f", res.ARI)
	}
	t.Logf("mmds all/even/odd:%s", line)
	bbc, _ := ReadRecords(sharedData(t, "bbc-news-2225.jsonl"))
	for _, nt := range []bool{false, true} {
		var line string
		for _, seed := range []int64{1, 2, 3} {
			gen, _ := Reprints(bbc, ReprintOptions{Seed: seed, NoTimes: nt})
			res, _ := RunRecords(context.Background(), gen, Options{})
			line += fmt.Sprintf(" %.4f", res.ARI)
		}
		t.Logf("reprint notimes=%v seeds:%s", nt, line)
	}
}
