//go:build !linux

package main

// adviseHugePages does nothing: only Linux is known to fault in a Go heap
// one small page at a time by default.
func adviseHugePages() {}
