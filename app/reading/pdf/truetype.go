package pdf

import "encoding/binary"

// trueTypeChars reads the Unicode cmap of a TrueType font program (formats
// 4 and 12) and returns the character each glyph draws, for composite
// fonts embedded without a ToUnicode map, whose codes are glyph ids. A
// glyph reached from several characters keeps the lowest. Anything
// malformed gives what was read so far.
func trueTypeChars(font []byte) map[uint32]rune {
	u16 := func(off int) int {
		if off < 0 || off+2 > len(font) {
			return 0
		}
		return int(binary.BigEndian.Uint16(font[off:]))
	}
	u32 := func(off int) int {
		if off < 0 || off+4 > len(font) {
			return 0
		}
		return int(binary.BigEndian.Uint32(font[off:]))
	}
	cmap := -1
	for i, n := 0, u16(4); i < n; i++ {
		if rec := 12 + 16*i; rec+16 <= len(font) && string(font[rec:rec+4]) == "cmap" {
			cmap = u32(rec + 8)
		}
	}
	if cmap < 0 || cmap >= len(font) {
		return nil
	}
	// The best Unicode subtable: full Unicode (3,10 or 0,4+) over BMP.
	sub, best := -1, 0
	for i, n := 0, u16(cmap+2); i < n && i < 64; i++ {
		rec := cmap + 4 + 8*i
		platform, encoding := u16(rec), u16(rec+2)
		rank := 0
		switch {
		case platform == 3 && encoding == 10, platform == 0 && encoding >= 4:
			rank = 2
		case platform == 3 && encoding == 1, platform == 0:
			rank = 1
		}
		if rank > best {
			sub, best = cmap+u32(rec+4), rank
		}
	}
	if sub < 0 {
		return nil
	}
	chars := map[uint32]rune{}
	// Characters tried, mapped or not: a hostile cmap may claim every
	// code point in thousands of segments.
	steps := 0
	add := func(gid int, r rune) bool {
		if gid != 0 && r != 0xFFFF {
			if old, ok := chars[uint32(gid)]; !ok || r < old {
				chars[uint32(gid)] = r
			}
		}
		steps++
		return len(chars) < maxCMapEntries && steps < 4*maxCMapEntries
	}
	switch u16(sub) {
	case 4:
		segs := u16(sub+6) / 2
		ends, starts := sub+14, sub+16+2*segs
		deltas, ranges := starts+2*segs, starts+4*segs
		for s := 0; s < segs; s++ {
			start, end := u16(starts+2*s), u16(ends+2*s)
			delta, ro := u16(deltas+2*s), u16(ranges+2*s)
			for c := start; c <= end && c < 0xFFFF; c++ {
				gid := (c + delta) & 0xFFFF
				if ro != 0 {
					if gid = u16(ranges + 2*s + ro + 2*(c-start)); gid != 0 {
						gid = (gid + delta) & 0xFFFF
					}
				}
				if !add(gid, rune(c)) {
					return chars
				}
			}
		}
	case 12:
		for g, n := 0, u32(sub+12); g < n && sub+16+12*g+12 <= len(font); g++ {
			rec := sub + 16 + 12*g
			start, end, gid := u32(rec), u32(rec+4), u32(rec+8)
			for c := start; c <= end && c <= 0x10FFFF; c++ {
				if !add(gid+c-start, rune(c)) {
					return chars
				}
			}
		}
	}
	return chars
}
