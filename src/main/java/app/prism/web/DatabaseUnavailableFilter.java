package app.prism.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outermost filter: when a request fails because the database cannot be reached — wherever that happened (signing
 * in, a controller, a filter) — it answers 503 with {@code Retry-After}: problem+json for the API, the friendly page
 * "Prism cannot reach its database" otherwise. The page is rendered here, without the database and without the MVC
 * machinery whose model advice would ask the database again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter implements Filter {

    static final int RETRY_AFTER_SECONDS = 30;
    static final String DETAIL = "Prism cannot reach its database right now. Try again in a minute.";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ITemplateEngine templates;
    private final JsonMapper json;
    private volatile JakartaServletWebApplication application;

    DatabaseUnavailableFilter(ITemplateEngine templates, JsonMapper json) {
        this.templates = templates;
        this.json = json;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, res);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.isCauseOf(e) || !(req instanceof HttpServletRequest request)
                    || !(res instanceof HttpServletResponse response) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {}: 503, the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        if (wantsProblemJson(request)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", "Database unavailable");
            problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            problem.put("detail", DETAIL);
            problem.put("instance", request.getRequestURI());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(problem));
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        var exchange = application(request).buildExchange(request, response);
        templates.process("database-unavailable", new WebContext(exchange, Locale.ENGLISH,
                Map.of("retryAfterSeconds", RETRY_AFTER_SECONDS)), response.getWriter());
    }

    private JakartaServletWebApplication application(HttpServletRequest request) {
        if (application == null) application = JakartaServletWebApplication.buildApplication(request.getServletContext());
        return application;
    }

    /** The API, and any client that asks for JSON rather than a page. */
    static boolean wantsProblemJson(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) return true;
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
