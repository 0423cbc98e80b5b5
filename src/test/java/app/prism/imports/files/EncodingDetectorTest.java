package app.prism.imports.files;

import static app.prism.imports.files.Fixtures.UTF16BE_BOM;
import static app.prism.imports.files.Fixtures.UTF16LE_BOM;
import static app.prism.imports.files.Fixtures.UTF8_BOM;
import static app.prism.imports.files.Fixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EncodingDetectorTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String TEXT = "Name;Stadt\nMüller GmbH;Köln – 5 €\n";

    static Stream<Arguments> samples() {
        byte[] bigAsciiThenLatin1 = new byte[200_000];
        Arrays.fill(bigAsciiThenLatin1, (byte) 'a');
        bigAsciiThenLatin1[199_990] = (byte) 0xE4; // 'ä' in windows-1252, far beyond the first buffer
        byte[] bigAsciiThenUtf8 = bigAsciiThenLatin1.clone();
        bigAsciiThenUtf8[199_990] = (byte) 0xC3;
        bigAsciiThenUtf8[199_991] = (byte) 0xA4;
        return Stream.of(
                Arguments.of("UTF-8 with BOM", bytes(TEXT, StandardCharsets.UTF_8, UTF8_BOM), StandardCharsets.UTF_8),
                Arguments.of("UTF-8 without BOM", bytes(TEXT, StandardCharsets.UTF_8, new byte[0]), StandardCharsets.UTF_8),
                Arguments.of("plain ASCII", bytes("a,b\n1,2\n", StandardCharsets.US_ASCII, new byte[0]), StandardCharsets.UTF_8),
                Arguments.of("windows-1252", bytes(TEXT, CP1252, new byte[0]), CP1252),
                Arguments.of("UTF-16LE with BOM", bytes(TEXT, StandardCharsets.UTF_16LE, UTF16LE_BOM), StandardCharsets.UTF_16LE),
                Arguments.of("UTF-16BE with BOM", bytes(TEXT, StandardCharsets.UTF_16BE, UTF16BE_BOM), StandardCharsets.UTF_16BE),
                Arguments.of("UTF-16LE without BOM", bytes("Name\tCity\nAcme\tBonn\n", StandardCharsets.UTF_16LE, new byte[0]),
                        StandardCharsets.UTF_16LE),
                Arguments.of("invalid UTF-8 late in a big file", bigAsciiThenLatin1, CP1252),
                Arguments.of("valid UTF-8 late in a big file", bigAsciiThenUtf8, StandardCharsets.UTF_8),
                Arguments.of("sequence cut at the end", new byte[] {'a', (byte) 0xC3}, CP1252),
                Arguments.of("overlong form", new byte[] {'a', (byte) 0xC0, (byte) 0x80}, CP1252),
                Arguments.of("UTF-16 surrogate encoded as UTF-8", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, CP1252),
                Arguments.of("four-byte emoji", "ok 😀".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                Arguments.of("empty", new byte[0], StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void detectsTheEncoding(String label, byte[] content, Charset expected) {
        assertThat(EncodingDetector.detect(new ByteArrayInputStream(content))).isEqualTo(expected);
    }

    @Test
    void detectsFromAFile(@TempDir Path dir) {
        Path file = Fixtures.write(dir, "x.csv", bytes(TEXT, CP1252, new byte[0]));
        assertThat(EncodingDetector.detect(file)).isEqualTo(CP1252);
    }
}
