// Command gencid writes the CID-to-Unicode tables of the Adobe character
// collections that ingest/pdf embeds, from poppler-data's cidToUnicode
// files (Adobe, BSD licence): one line per CID, its Unicode in hex or
// empty. Each table is written as the differences between successive
// code points, zigzag varints, deflated.
//
//	go run ./scripts/gencid /usr/share/poppler/cidToUnicode ingest/pdf/cid
package main

import (
	"bufio"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gencid <poppler cidToUnicode dir> <out dir>")
		os.Exit(2)
	}
	for _, name := range []string{"Adobe-CNS1", "Adobe-GB1", "Adobe-Japan1", "Adobe-Korea1"} {
		if err := convert(filepath.Join(os.Args[1], name), filepath.Join(os.Args[2], name+".z")); err != nil {
			fmt.Fprintln(os.Stderr, "gencid:", err)
			os.Exit(1)
		}
	}
}

func convert(src, dst string) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	var buf []byte
	prev := int64(0)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		v := int64(0)
		if s := strings.TrimSpace(sc.Text()); s != "" {
			if v, err = strconv.ParseInt(s, 16, 32); err != nil {
				return fmt.Errorf("%s: %v", src, err)
			}
		}
		buf = binary.AppendVarint(buf, v-prev)
		prev = v
	}
	if err := sc.Err(); err != nil {
		return err
	}
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	zw, _ := flate.NewWriter(out, flate.BestCompression)
	if _, err := zw.Write(buf); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return out.Close()
}
