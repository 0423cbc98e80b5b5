package app.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnToTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/accounts/7/overview", "/accounts/7/plan?tab=2#objectives", "/a/%2F%2Fb"})
    void aPathOnThisSiteIsKept(String path) {
        assertThat(ReturnTo.pathOr(path, "/home")).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "accounts/7", "//evil.example", "/\\evil.example", "\\\\evil.example",
            "https://evil.example/", "javascript:alert(1)", "/\t/evil.example", "/\n/evil.example",
            "/\r\nSet-Cookie: a=b", "/ok\u0000", "/ok\u007f", "/a\\b", "/\u2028x", "/\u200bx", "/a b", " /a"})
    void anythingElseGivesTheDefault(String returnTo) {
        assertThat(ReturnTo.pathOr(returnTo, "/home")).isEqualTo("/home");
    }

    @org.junit.jupiter.api.Test
    void noValueGivesTheDefault() {
        assertThat(ReturnTo.pathOr(null, "/home")).isEqualTo("/home");
    }
}
