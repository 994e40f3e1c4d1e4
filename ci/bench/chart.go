package main

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"
)

// barColors gives each implementation in impls its colour.
var barColors = map[string]color.RGBA{
	"C":                  {90, 90, 90, 255},
	"gozmq":              {0, 120, 200, 255},
	"gozmq-reuse":        {0, 170, 110, 255},
	"pebbe":              {230, 140, 20, 255},
	"gozmq-thread":       {120, 170, 230, 255},
	"gozmq-reuse-thread": {120, 220, 170, 255},
	"base":               {170, 120, 200, 255},
	"base-reuse":         {210, 170, 230, 255},
}

// writeChart draws one group of bars per workload, each bar an
// implementation's median rate divided by C's, with the ratio printed on
// top, and writes it as a PNG.
func writeChart(path, title string, results []*result) error {
	const (
		barW, gap, groupGap = 30, 2, 26
		left, top, bottom   = 50, 60, 70
		plotH               = 300
	)
	groupW := len(impls)*(barW+gap) + groupGap
	w := left + len(results)*groupW + 20
	h := top + plotH + bottom
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)

	ymax := 1.25
	for _, r := range results {
		for _, impl := range impls {
			ymax = max(ymax, r.Rates[impl]/r.Rates["C"]*1.05)
		}
	}
	y := func(v float64) int { return top + plotH - int(v/ymax*plotH) }

	grid := color.RGBA{225, 225, 225, 255}
	black := color.RGBA{0, 0, 0, 255}
	for v := 0.0; v <= ymax; v += 0.25 {
		fill(img, left, y(v), w-10, y(v)+1, grid)
		text(img, 8, y(v)+4, fmt.Sprintf("%.2f", v), black)
	}
	fill(img, left, y(1), w-10, y(1)+1, color.RGBA{120, 120, 120, 255})
	text(img, 8, 18, title, black)

	for gi, r := range results {
		x0 := left + 10 + gi*groupW
		for i, impl := range impls {
			if r.Rates[impl] == 0 || r.Rates["C"] == 0 {
				continue // not run for this workload (pairs has no reuse API)
			}
			v := r.Rates[impl] / r.Rates["C"]
			x := x0 + i*(barW+gap)
			fill(img, x, y(v), x+barW, y(0), barColors[impl])
			if impl != "C" {
				// Bars are wider than the label, so labels never overlap.
				text(img, x+1, y(v)-4, fmt.Sprintf("%.2f", v), black)
			}
		}
		// Two lines ("thr inproc", "16B") so that neighbours do not collide.
		kt := strings.TrimSuffix(r.Workload, " "+lastWord(r.Workload))
		text(img, x0+20, top+plotH+16, kt, black)
		text(img, x0+40, top+plotH+30, lastWord(r.Workload), black)
	}
	lx := left
	for _, impl := range impls {
		fill(img, lx, h-22, lx+12, h-10, barColors[impl])
		text(img, lx+16, h-11, implLabel(impl), black)
		// basicfont's glyphs are 7 pixels wide.
		lx += 16 + 7*len([]rune(implLabel(impl))) + 24
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func implLabel(impl string) string {
	switch impl {
	case "gozmq-reuse":
		return "gozmq reuse API"
	case "pebbe":
		return "pebbe/zmq4 (cgo)"
	case "gozeromq":
		return "gozeromq face"
	case "go-zeromq":
		return "go-zeromq/zmq4 (pure Go)"
	case "gozmq-thread":
		return "gozmq, GOZMQ_WAIT=thread"
	case "gozmq-reuse-thread":
		return "reuse API, GOZMQ_WAIT=thread"
	case "base", "base-reuse":
		l := "gozmq"
		if impl == "base-reuse" {
			l = "reuse API"
		}
		if c := os.Getenv("BENCH_BASE_LABEL"); c != "" {
			return l + " at " + c
		}
		return l + " at base"
	}
	return impl
}

func fill(img *image.RGBA, x0, y0, x1, y1 int, c color.Color) {
	draw.Draw(img, image.Rect(x0, y0, x1, y1), image.NewUniform(c), image.Point{}, draw.Src)
}

func text(img *image.RGBA, x, y int, s string, c color.Color) {
	d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: basicfont.Face7x13, Dot: fixed.P(x, y)}
	d.DrawString(s)
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
