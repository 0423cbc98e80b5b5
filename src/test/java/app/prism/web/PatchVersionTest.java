package app.prism.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PatchVersionTest {

    @Test
    void aChangeThatNamesNoVersionIsRefused() {
        assertThatThrownBy(() -> Patch.expectedVersion(null, null)).isInstanceOf(PreconditionRequired.class);
        assertThatThrownBy(() -> Patch.expectedVersion(null, " ")).isInstanceOf(PreconditionRequired.class);
    }

    @Test
    void theBodyOrTheHeaderNamesIt() {
        assertThat(Patch.expectedVersion(3L, null)).isEqualTo(3L);
        assertThat(Patch.expectedVersion(null, "\"3\"")).isEqualTo(3L);
        assertThat(Patch.expectedVersion(null, "W/\"3\"")).isEqualTo(3L);
        assertThat(Patch.expectedVersion(3L, "\"3\"")).isEqualTo(3L);
        assertThat(Patch.expectedVersion(3L, "*")).isEqualTo(3L);
        assertThat(Patch.expectedVersion(null, "*")).as("RFC 9110: any current version").isNull();
    }

    @Test
    void bodyAndHeaderThatDisagreeAreA400() {
        assertThatThrownBy(() -> Patch.expectedVersion(3L, "\"4\"")).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).errors().get(0).field()).isEqualTo("version"));
        assertThatThrownBy(() -> Patch.versionIfGiven(3L, "\"4\"")).isInstanceOf(Invalid.class);
    }

    @Test
    void aPutThatMayCreateNeedNotNameOne() {
        assertThat(Patch.versionIfGiven(null, null)).isNull();
    }
}
