package app.prism.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like client for page endpoints: a session cookie, the CSRF token from a page's meta tag, form posts. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile(
            "<meta name=\"_csrf\" content=\"([^\"]+)\"|<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String authorization;
    private String csrf;

    /** Every request carries HTTP Basic credentials (checked again on each request). */
    public PageSession(String baseUrl, String email, String password) {
        this(baseUrl, "Basic " + Base64.getEncoder()
                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private PageSession(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** A browser that has not signed in (yet): a session cookie once the server gives one, no credentials. */
    public static PageSession anonymous(String baseUrl) {
        return new PageSession(baseUrl, (String) null);
    }

    /** Signed in through the login form, as a browser is: from then on only the session cookie says who it is. */
    public static PageSession signedInThroughTheForm(String baseUrl, String email, String password) {
        PageSession session = new PageSession(baseUrl, (String) null);
        session.get("/login");
        Page signedIn = session.post("/login", "username", email, "password", password);
        if (signedIn.status() != 302 || signedIn.location() == null || signedIn.location().contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signedIn.status() + " " + signedIn.location());
        }
        return session;
    }

    public record Page(int status, String location, String body, java.net.http.HttpHeaders headers) {}

    public Page get(String path) {
        Page p = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        Matcher m = CSRF.matcher(p.body());
        if (m.find()) csrf = m.group(1) != null ? m.group(1) : m.group(2);
        return p;
    }

    /** Posts a form with the CSRF token of the last page read (keys and values alternate). */
    public Page post(String path, String... keysAndValues) {
        return post(path, Map.of(), keysAndValues);
    }

    /** A form post with extra headers (e.g. {@code HX-Request: true} as htmx sends it). */
    public Page post(String path, Map<String, String> headers, String... keysAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) form.put(keysAndValues[i], keysAndValues[i + 1]);
        if (csrf != null) form.put("_csrf", csrf);
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** Posts a multipart form with one file and the CSRF token of the last page read (keys and values alternate). */
    public Page postFile(String path, String field, String fileName, byte[] content, String... keysAndValues) {
        String boundary = "----prism" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) form.put(keysAndValues[i], keysAndValues[i + 1]);
        if (csrf != null) form.put("_csrf", csrf);
        form.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Page send(HttpRequest.Builder request) {
        if (authorization != null) request.header("Authorization", authorization);
        request.header("Accept", "text/html").timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body(), r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
