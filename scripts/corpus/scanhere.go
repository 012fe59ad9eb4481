package main

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"assay/app/reading/pdf/pdftest"
)

// makeHere is scan.make where ImageMagick or img2pdf is missing: poppler
// renders the grey pages, this program rotates, spoils and levels them as
// the convert command of make does, and binds JPEG pages into an
// image-only PDF as img2pdf does, each page fitted to A4.
func (s *scan) makeHere(work string, d *doc) {
	dir := filepath.Join(work, "scan", d.flat())
	check(os.MkdirAll(dir, 0o755))
	run(exec.Command("pdftoppm", "-r", fmt.Sprint(s.dpi), "-gray", "-png", filepath.Join(work, "out", s.from.flat()+".pdf"), filepath.Join(dir, "p")), work)
	pages, err := filepath.Glob(filepath.Join(dir, "p*.png"))
	check(err)
	slices.Sort(pages)
	if d.format != "pdf" {
		pages = pages[:1]
	}
	h := fnv.New64a()
	h.Write([]byte(d.name))
	r := rand.New(rand.NewPCG(h.Sum64(), seed))
	var encoded [][]byte
	var sizes []image.Point
	for _, p := range pages {
		f, err := os.Open(p)
		check(err)
		img, err := png.Decode(f)
		f.Close()
		check(err)
		g := s.spoil(img, r, d.format == "png")
		var buf bytes.Buffer
		if d.format == "png" {
			check((&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, g))
		} else {
			check(jpeg.Encode(&buf, g, &jpeg.Options{Quality: 55}))
		}
		encoded, sizes = append(encoded, buf.Bytes()), append(sizes, g.Bounds().Size())
	}
	dst := filepath.Join(work, "out", d.flat()+"."+d.format)
	if d.format == "pdf" {
		check(os.WriteFile(dst, imagePDF(encoded, sizes), 0o644))
		return
	}
	check(os.WriteFile(dst, encoded[0], 0o644))
}

// spoil rotates the page on white, adds Gaussian noise, blurs it and
// stretches its levels from 6% to 94%, posterised to 16 greys for a PNG.
func (s *scan) spoil(img image.Image, r *rand.Rand, posterize bool) *image.Gray {
	deg, err := strconv.ParseFloat(s.rotate, 64)
	check(err)
	noise, err := strconv.ParseFloat(s.noise, 64)
	check(err)
	_, sigma, _ := strings.Cut(s.blur, "x")
	blur, err := strconv.ParseFloat(sigma, 64)
	check(err)
	src, ok := img.(*image.Gray)
	if !ok {
		src = image.NewGray(img.Bounds())
		for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
			for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
				src.Set(x, y, color.GrayModel.Convert(img.At(x, y)))
			}
		}
	}
	w, h := float64(src.Rect.Dx()), float64(src.Rect.Dy())
	a := deg * math.Pi / 180
	sin, cos := math.Sin(a), math.Cos(a)
	ow, oh := int(math.Ceil(math.Abs(w*cos)+math.Abs(h*sin))), int(math.Ceil(math.Abs(w*sin)+math.Abs(h*cos)))
	px := make([]float64, ow*oh)
	for y := range oh {
		for x := range ow {
			// The source point of each output pixel, turned back about the centres.
			dx, dy := float64(x)-float64(ow)/2, float64(y)-float64(oh)/2
			sx, sy := dx*cos+dy*sin+w/2, -dx*sin+dy*cos+h/2
			v := bilinear(src, sx, sy)
			px[y*ow+x] = v + r.NormFloat64()*18*noise
		}
	}
	px = gaussianBlur(px, ow, oh, blur)
	out := image.NewGray(image.Rect(0, 0, ow, oh))
	for i, v := range px {
		v = (v - 0.06*255) / 0.88
		if posterize {
			v = math.Round(v/17) * 17
		}
		out.Pix[i] = uint8(math.Max(0, math.Min(255, math.Round(v))))
	}
	return out
}

// bilinear is the grey at a point between pixels, white outside the page.
func bilinear(g *image.Gray, x, y float64) float64 {
	at := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= g.Rect.Dx() || y >= g.Rect.Dy() {
			return 255
		}
		return float64(g.Pix[y*g.Stride+x])
	}
	x0, y0 := math.Floor(x), math.Floor(y)
	fx, fy := x-x0, y-y0
	ix, iy := int(x0), int(y0)
	return at(ix, iy)*(1-fx)*(1-fy) + at(ix+1, iy)*fx*(1-fy) + at(ix, iy+1)*(1-fx)*fy + at(ix+1, iy+1)*fx*fy
}

// gaussianBlur blurs w×h pixels with a Gaussian of sigma, row then column.
func gaussianBlur(px []float64, w, h int, sigma float64) []float64 {
	if sigma <= 0 {
		return px
	}
	rad := int(math.Ceil(3 * sigma))
	k := make([]float64, 2*rad+1)
	sum := 0.0
	for i := range k {
		d := float64(i - rad)
		k[i] = math.Exp(-d * d / (2 * sigma * sigma))
		sum += k[i]
	}
	for i := range k {
		k[i] /= sum
	}
	pass := func(in []float64, step, n, lines, stride int) []float64 {
		out := make([]float64, len(in))
		for l := range lines {
			for i := range n {
				v := 0.0
				for j, kv := range k {
					p := min(max(i+j-rad, 0), n-1)
					v += kv * in[l*stride+p*step]
				}
				out[l*stride+i*step] = v
			}
		}
		return out
	}
	return pass(pass(px, 1, w, h, w), w, h, w, 1)
}

// imagePDF is a PDF of JPEG pages, each fitted to an A4 page and centred.
func imagePDF(pages [][]byte, sizes []image.Point) []byte {
	w := pdftest.NewWriter()
	const pw, ph = 595.28, 841.89
	kids := make([]string, len(pages))
	for i, jpg := range pages {
		sz := sizes[i]
		scale := math.Min(pw/float64(sz.X), ph/float64(sz.Y))
		iw, ih := float64(sz.X)*scale, float64(sz.Y)*scale
		content := w.Stream("", fmt.Appendf(nil, "q %.2f 0 0 %.2f %.2f %.2f cm /Im0 Do Q", iw, ih, (pw-iw)/2, (ph-ih)/2), false)
		img := w.Stream(fmt.Sprintf("/Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace/DeviceGray/BitsPerComponent 8/Filter/DCTDecode", sz.X, sz.Y), jpg, false)
		kids[i] = fmt.Sprintf("%d 0 R", w.Add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/MediaBox[0 0 %.2f %.2f]/Resources<</XObject<</Im0 %d 0 R>>>>/Contents %d 0 R>>",
			pdftest.PageTree, pw, ph, img, content)))
	}
	w.Set(pdftest.Catalog, fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", pdftest.PageTree))
	w.Set(pdftest.PageTree, fmt.Sprintf("<</Type/Pages/Kids[%s]/Count %d>>", strings.Join(kids, " "), len(kids)))
	return w.Bytes()
}
