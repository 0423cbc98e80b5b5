package app.prism.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordRuleTest {

    private final PasswordRule rule = PasswordRule.shipped();

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "aaaaaaaaaaa", "seven77", "eleven-char"})
    void shorterThanTwelveCharactersIsRefused(String password) {
        assertThat(rule.accepts(password)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "Password1234!", "qwertyuiop12", "123456789012",
            "iloveyou2026", "Christopher1985", "jennifer2001", "passwordpassword", "1qaz2wsx3edc", "welcome to prism",
            "aaaaaaaaaaaa", "------------", "ääääääääääääää", "abcdefghijkl"})
    void commonOrRepeatedPasswordsAreRefusedWhateverTheirCase(String password) {
        assertThat(rule.accepts(password)).as(password).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"twelve-chars", "admin-password-123", "member-password-123", "demo-password-2026",
            "long-enough-pw-1", "correct horse staple", "Zürich-ist-schön"})
    void twelveUncommonCharactersAreEnough(String password) {
        assertThat(rule.accepts(password)).as(password).isTrue();
    }

    @Test
    void moreThan72BytesIsRefusedBecauseBcryptWouldIgnoreTheRest() {
        assertThat(rule.accepts("x1".repeat(36))).isTrue();
        assertThat(rule.accepts("x1".repeat(36) + "y")).isFalse();
        assertThat(rule.accepts("ü".repeat(37))).isFalse();   // 37 characters, 74 bytes
    }

    @Test
    void theShippedListHoldsSomeThousandPasswordsOfTwelveCharactersOrMore() {
        assertThat(rule.size()).isBetween(2_000, 50_000);
    }

    @Test
    void aGeneratedFirstAdministratorPasswordIsAccepted() {
        assertThat(rule.accepts(FirstAdministrator.generatePassword())).isTrue();
    }

    @Test
    void nullIsRefused() {
        assertThat(rule.accepts(null)).isFalse();
    }
}
