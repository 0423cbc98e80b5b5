package app.prism.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which instance this is, as "host:port:pid", for the records of who ran a scheduled job (ShedLock's {@code locked_by},
 * the monthly snapshot's {@code taken_by}): several instances may run on one host. The port is the one the web server
 * listens on (known once it started; the configured one before that).
 */
@Component
public class InstanceName {

    private final Environment environment;
    private final String host = hostName();

    InstanceName(Environment environment) {
        this.environment = environment;
    }

    public String value() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return host + ":" + port + ":" + ProcessHandle.current().pid();
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "unknown-host" : env;
        }
    }
}
