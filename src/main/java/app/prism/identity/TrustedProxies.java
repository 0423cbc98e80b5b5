package app.prism.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code X-Forwarded-For/-Proto/-Host/-Port} count only when the connection comes from a proxy listed in
 * {@code prism.trusted-proxies} (addresses or CIDR ranges, comma-separated; default the loopback addresses). From
 * anyone else they are ignored, so a client cannot move the login redirect to another host, pretend to be HTTPS or
 * take another address to escape sign-in throttling. The client address is the last one in X-Forwarded-For that is not
 * a trusted proxy. Tomcat's RemoteIpValve does the work (so the session cookie gets {@code Secure} behind TLS too);
 * Boot's own {@code server.forward-headers-strategy} stays {@code none}.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final String cidrs;

    TrustedProxies(@Value("${prism.trusted-proxies:127.0.0.1, ::1}") String trustedProxies) {
        this.cidrs = String.join(",", cidrs(trustedProxies));
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(cidrs.isEmpty() ? null : cidrs);
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProxiesHeader("X-Forwarded-By");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        factory.addEngineValves(valve);
    }

    /**
     * The setting as CIDR ranges ({@code 10.0.0.5} becomes {@code 10.0.0.5/32}); a blank setting trusts no one. A
     * host name or a malformed range stops the start rather than trusting something unintended.
     */
    static List<String> cidrs(String setting) {
        List<String> out = new ArrayList<>();
        if (setting == null) return out;
        for (String raw : setting.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) continue;
            String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
            if (!address.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
                throw new IllegalArgumentException("prism.trusted-proxies: '" + entry + "' is not an IP address or CIDR range");
            }
            InetAddress parsed;
            try {
                parsed = InetAddress.getByName(address);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("prism.trusted-proxies: '" + entry + "' is not an IP address", e);
            }
            int bits = parsed.getAddress().length * 8;
            if (entry.contains("/")) {
                int prefix;
                try {
                    prefix = Integer.parseInt(entry.substring(entry.indexOf('/') + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("prism.trusted-proxies: '" + entry + "' has no valid prefix length", e);
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("prism.trusted-proxies: '" + entry + "' has no valid prefix length");
                }
                out.add(address + "/" + prefix);
            } else {
                out.add(address + "/" + bits);
            }
        }
        return out;
    }
}
