package app.prism.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void addressesBecomeSingleAddressRangesAndRangesStay() {
        assertThat(TrustedProxies.cidrs("127.0.0.1, ::1")).containsExactly("127.0.0.1/32", "::1/128");
        assertThat(TrustedProxies.cidrs(" 10.0.0.0/8,192.168.1.7 ,fd00::/8")).containsExactly("10.0.0.0/8",
                "192.168.1.7/32", "fd00::/8");
    }

    @Test
    void aBlankSettingTrustsNoOne() {
        assertThat(TrustedProxies.cidrs("")).isEmpty();
        assertThat(TrustedProxies.cidrs(" , ")).isEmpty();
    }

    @Test
    void hostNamesAndBadRangesStopTheStart() {
        assertThatThrownBy(() -> TrustedProxies.cidrs("proxy.internal")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> TrustedProxies.cidrs("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.cidrs("10.0.0.0/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
