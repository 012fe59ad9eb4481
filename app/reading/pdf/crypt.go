package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"fmt"
	"hash"

	"assay/app/reading/internal/unreadable"
)

// Certificates are often "protected" PDFs: encrypted with an empty user
// password so that anyone can open them, and an owner password that only
// restricts editing. pdfCrypt opens those (the standard security handler,
// RC4 and AES, revisions 2 to 6); a file that needs a real password to
// open stays unreadable.

// pdfPadding is the password padding of the standard security handler.
var pdfPadding = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

// pdfCrypt decrypts the streams of an encrypted PDF.
type pdfCrypt struct {
	key []byte
	aes bool // AES-CBC with the IV in front, else RC4
	v5  bool // AES-256: the file key is used as is for every object
}

func errPassword() error {
	return unreadable.Errorf(nil, "the PDF is protected by a password")
}

// newPDFCrypt derives the file key for the empty user password and checks
// it against /U.
func newPDFCrypt(enc pdfDict, trailer pdfDict) (*pdfCrypt, error) {
	if enc.name("Filter") != "Standard" {
		return nil, unreadable.Errorf(nil, "the PDF is encrypted with an unsupported method")
	}
	v, _ := toInt(enc["V"])
	r, _ := toInt(enc["R"])
	o, _ := enc["O"].(pdfString)
	u, _ := enc["U"].(pdfString)
	p, _ := toInt(enc["P"])
	c := &pdfCrypt{}
	if v == 4 || v == 5 {
		// Crypt filters: only the one streams use matters here.
		cfm := pdfName("")
		if cf, ok := enc["CF"].(pdfDict); ok {
			if std, ok := cf[enc.name("StmF")].(pdfDict); ok {
				cfm = std.name("CFM")
			}
		}
		switch cfm {
		case "AESV2", "AESV3":
			c.aes = true
		case "None", "":
			if enc.name("StmF") == "Identity" || enc.name("StmF") == "" {
				return nil, nil
			}
		}
	}
	if v == 5 || r >= 5 {
		return c.initV5(enc, r, u)
	}
	length := int64(40)
	if l, ok := toInt(enc["Length"]); ok && l >= 40 && l <= 128 && l%8 == 0 {
		length = l
	}
	if r == 2 {
		length = 40
	}
	n := int(length / 8)
	var id0 []byte
	if ids, ok := trailer["ID"].(pdfArray); ok && len(ids) > 0 {
		s, _ := ids[0].(pdfString)
		id0 = []byte(s)
	}
	h := md5.New()
	h.Write(pdfPadding)
	h.Write([]byte(o))
	var pb [4]byte
	binary.LittleEndian.PutUint32(pb[:], uint32(p))
	h.Write(pb[:])
	h.Write(id0)
	if em, ok := enc["EncryptMetadata"].(bool); ok && !em && r >= 4 {
		h.Write([]byte{0xFF, 0xFF, 0xFF, 0xFF})
	}
	key := h.Sum(nil)
	if r >= 3 {
		for i := 0; i < 50; i++ {
			sum := md5.Sum(key[:n])
			key = sum[:]
		}
	}
	c.key = key[:n]
	// The key is right for the empty password only if it reproduces /U.
	if r == 2 {
		got := rc4Bytes(c.key, pdfPadding)
		if !bytes.Equal(got, []byte(u)) {
			return nil, errPassword()
		}
		return c, nil
	}
	h = md5.New()
	h.Write(pdfPadding)
	h.Write(id0)
	got := h.Sum(nil)
	for i := 0; i < 20; i++ {
		k := make([]byte, len(c.key))
		for j := range k {
			k[j] = c.key[j] ^ byte(i)
		}
		got = rc4Bytes(k, got)
	}
	if len(u) < 16 || !bytes.Equal(got[:16], []byte(u)[:16]) {
		return nil, errPassword()
	}
	return c, nil
}

// initV5 derives the AES-256 file key (revisions 5 and 6) for the empty
// user password.
func (c *pdfCrypt) initV5(enc pdfDict, r int64, u pdfString) (*pdfCrypt, error) {
	ue, _ := enc["UE"].(pdfString)
	if len(u) < 48 || len(ue) < 32 {
		return nil, errPassword()
	}
	validation, keySalt := []byte(u[32:40]), []byte(u[40:48])
	hashFn := func(salt []byte) []byte {
		if r >= 6 {
			return hash2B(nil, salt)
		}
		s := sha256.Sum256(salt)
		return s[:]
	}
	if !bytes.Equal(hashFn(validation), []byte(u[:32])) {
		return nil, errPassword()
	}
	kek := hashFn(keySalt)
	block, err := aes.NewCipher(kek)
	if err != nil {
		return nil, fmt.Errorf("pdf: file key: %w", err)
	}
	key := make([]byte, 32)
	cipher.NewCBCDecrypter(block, make([]byte, 16)).CryptBlocks(key, []byte(ue[:32]))
	c.key, c.aes, c.v5 = key, true, true
	return c, nil
}

// hash2B is the revision 6 password hash (ISO 32000-2, 7.6.4.3.4), here
// always with an empty password and no user key.
func hash2B(password, salt []byte) []byte {
	first := sha256.Sum256(append(append([]byte{}, password...), salt...))
	k := first[:]
	for round := 0; ; round++ {
		k1 := bytes.Repeat(append(append([]byte{}, password...), k...), 64)
		block, _ := aes.NewCipher(k[:16])
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		var h hash.Hash
		switch sum % 3 {
		case 0:
			h = sha256.New()
		case 1:
			h = sha512.New384()
		default:
			h = sha512.New()
		}
		h.Write(e)
		k = h.Sum(nil)
		if round >= 63 && int(e[len(e)-1]) <= round-32 {
			break
		}
	}
	return k[:32]
}

func rc4Bytes(key, data []byte) []byte {
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

// decrypt decrypts one stream of object ref.
func (c *pdfCrypt) decrypt(data []byte, ref pdfRef) ([]byte, error) {
	key := c.key
	if !c.v5 {
		h := md5.New()
		h.Write(c.key)
		h.Write([]byte{byte(ref.num), byte(ref.num >> 8), byte(ref.num >> 16), byte(ref.gen), byte(ref.gen >> 8)})
		if c.aes {
			h.Write([]byte("sAlT"))
		}
		key = h.Sum(nil)[:min(len(c.key)+5, 16)]
	}
	if !c.aes {
		return rc4Bytes(key, data), nil
	}
	if len(data) < 32 || len(data)%16 != 0 {
		return nil, fmt.Errorf("%w: bad AES stream length", errSyntax)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("pdf: file key: %w", err)
	}
	out := make([]byte, len(data)-16)
	cipher.NewCBCDecrypter(block, data[:16]).CryptBlocks(out, data[16:])
	if pad := int(out[len(out)-1]); pad >= 1 && pad <= 16 {
		out = out[:len(out)-pad]
	}
	return out, nil
}
