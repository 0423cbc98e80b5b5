package app.prism.imports.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DelimiterDetectorTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("comma", "Id,Name,City\n1,Acme,Bonn\n2,Beta,Köln\n", ','),
                Arguments.of("semicolon with decimal commas", "Name;Amount\nAcme;1,5\nBeta;2,75\n", ';'),
                Arguments.of("tab with commas in values", "Name\tNote\nAcme\tbig, old, slow\nBeta\tx\n", '\t'),
                Arguments.of("pipe", "Id|Name\n1|Acme, Inc\n2|Beta\n", '|'),
                Arguments.of("quoted delimiters do not count", "Name,Note\n\"A;B;C\",x\n\"D;E;F\",y\n", ','),
                Arguments.of("quoted line breaks", "a;b\n\"multi\nline, with, commas\";2\n3;4\n", ';'),
                Arguments.of("CRLF", "a|b|c\r\n1|2|3\r\n", '|'),
                Arguments.of("nothing splits", "Name\nAcme\nBeta\n", ','),
                Arguments.of("header only", "Id;Name;City", ';'),
                Arguments.of("empty", "", ','),
                Arguments.of("more fields win a tie", "a,b;c;d\n1,2;3;4\n", ';'),
                Arguments.of("blank lines ignored", "\n\nId\tName\n\n1\tAcme\n", '\t'));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void detectsTheDelimiter(String label, String sample, char expected) {
        assertThat(DelimiterDetector.detect(sample)).isEqualTo(expected);
    }
}
