package pdf

import "strings"

// builtinEncodings are the encodings built into the two standard fonts
// whose glyphs are not Latin letters, by base font name. A Symbol or
// ZapfDingbats font that names no base encoding draws these characters:
// read as WinAnsi, Symbol's α, β and ≤ would come out as a, b and £.
// Codes left out are pieces of large brackets and signs drawn in parts,
// which no character stands for.
var builtinEncodings = map[string]*[256]string{
	"Symbol": encodingOf(
		0x20, " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_",
		0x61, "αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼",
		0xA0, "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…",
		0xBF, "↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑",
		0xF1, "〉∫⌠",
		0xF5, "⌡",
	),
	"ZapfDingbats": encodingOf(
		0x20, " ✁✂✃✄☎✆✇✈✉☛☞✌✍✎✏✐✑✒✓✔✕✖✗✘✙✚✛✜✝✞✟✠✡✢✣✤✥✦✧★✩✪✫✬✭✮✯✰✱✲✳✴✵✶✷✸✹✺✻✼✽✾✿❀❁❂❃❄❅❆❇❈❉❊❋●❍■❏❐❑❒▲▼◆❖◗❘❙❚❛❜❝❞",
		0x80, "❨❩❪❫❬❭❮❯❰❱❲❳❴❵",
		0xA1, "❡❢❣❤❥❦❧♣♦♥♠①②③④⑤⑥⑦⑧⑨⑩❶❷❸❹❺❻❼❽❾❿➀➁➂➃➄➅➆➇➈➉➊➋➌➍➎➏➐➑➒➓➔→↔↕➘➙➚➛➜➝➞➟➠➡➢➣➤➥➦➧➨➩➪➫➬➭➮➯",
		0xF1, "➱➲➳➴➵➶➷➸➹➺➻➼➽➾",
	),
}

// encodingOf builds a code table from runs: a first code, then the
// characters of it and the codes after it.
func encodingOf(runs ...any) *[256]string {
	var table [256]string
	for i := 0; i+1 < len(runs); i += 2 {
		code := runs[i].(int)
		for _, r := range runs[i+1].(string) {
			table[code] = string(r)
			code++
		}
	}
	return &table
}

// builtinEncoding returns the built-in encoding of a Symbol or
// ZapfDingbats font, named as the standard fonts are or as Windows names
// its copy of Symbol, with a subset prefix or style suffix; nil for any
// other font.
func builtinEncoding(baseFont string) *[256]string {
	name := baseFont
	if i := strings.IndexByte(name, '+'); i == 6 {
		name = name[i+1:]
	}
	name, _, _ = strings.Cut(name, ",")
	name = strings.TrimSuffix(name, "MT")
	return builtinEncodings[name]
}
