package app.prism.imports.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells the text encoding of a file from its bytes: a BOM first (UTF-8 EF BB BF, UTF-16LE FF FE, UTF-16BE FE FF);
 * else, when the first bytes show the UTF-16 pattern of every other byte being zero (UTF-16 without BOM, ASCII-range
 * text), UTF-16LE/BE; else UTF-8 when the whole stream is valid UTF-8 (read streaming, never held in memory); else
 * windows-1252.
 */
public final class EncodingDetector {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingDetector() {
    }

    public static Charset detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the stream to its end (does not close it). */
    public static Charset detect(InputStream in) {
        try {
            byte[] buffer = new byte[64 * 1024];
            int n = in.readNBytes(buffer, 0, buffer.length);
            Charset bom = bom(buffer, n);
            if (bom != null) {
                return bom;
            }
            Charset utf16 = utf16WithoutBom(buffer, n);
            if (utf16 != null) {
                return utf16;
            }
            Utf8Validator validator = new Utf8Validator();
            while (n > 0) {
                if (!validator.accept(buffer, n)) {
                    return WINDOWS_1252;
                }
                n = in.read(buffer);
            }
            return validator.complete() ? StandardCharsets.UTF_8 : WINDOWS_1252;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The charset a byte order mark at the start of the bytes names, or null. */
    static Charset bom(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The length of the BOM at the start of the bytes (0, 2 or 3). */
    static int bomLength(byte[] b, int n) {
        Charset bom = bom(b, n);
        return bom == null ? 0 : bom == StandardCharsets.UTF_8 ? 3 : 2;
    }

    /** UTF-16LE/BE when at least 90 % of the first byte pairs have exactly one zero byte, always on the same side. */
    static Charset utf16WithoutBom(byte[] b, int n) {
        int pairs = Math.min(n, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int le = 0;
        int be = 0;
        for (int i = 0; i < pairs; i++) {
            byte even = b[2 * i];
            byte odd = b[2 * i + 1];
            if (even != 0 && odd == 0) {
                le++;
            } else if (even == 0 && odd != 0) {
                be++;
            }
        }
        if (le * 10 >= pairs * 9) {
            return StandardCharsets.UTF_16LE;
        }
        if (be * 10 >= pairs * 9) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** A streaming UTF-8 validator (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF). */
    static final class Utf8Validator {
        private int pending; // continuation bytes still expected
        private int min; // lower bound for the second byte of the current sequence
        private int max; // upper bound for the second byte
        private boolean second;

        boolean accept(byte[] b, int n) {
            for (int i = 0; i < n; i++) {
                int c = b[i] & 0xFF;
                if (pending == 0) {
                    if (c < 0x80) {
                        continue;
                    }
                    if (c >= 0xC2 && c <= 0xDF) {
                        start(1, 0x80, 0xBF);
                    } else if (c == 0xE0) {
                        start(2, 0xA0, 0xBF);
                    } else if (c == 0xED) {
                        start(2, 0x80, 0x9F);
                    } else if (c >= 0xE1 && c <= 0xEF) {
                        start(2, 0x80, 0xBF);
                    } else if (c == 0xF0) {
                        start(3, 0x90, 0xBF);
                    } else if (c >= 0xF1 && c <= 0xF3) {
                        start(3, 0x80, 0xBF);
                    } else if (c == 0xF4) {
                        start(3, 0x80, 0x8F);
                    } else {
                        return false;
                    }
                } else {
                    int lo = second ? min : 0x80;
                    int hi = second ? max : 0xBF;
                    if (c < lo || c > hi) {
                        return false;
                    }
                    second = false;
                    pending--;
                }
            }
            return true;
        }

        private void start(int continuation, int lo, int hi) {
            pending = continuation;
            min = lo;
            max = hi;
            second = true;
        }

        /** True when the input did not end inside a sequence. */
        boolean complete() {
            return pending == 0;
        }
    }
}
