package app.prism.digest;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Mails a digest as HTML with a plain-text alternative, when mail is configured ({@code spring.mail.host}). */
@Component
class DigestMailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final ITemplateEngine templates;
    private final String from;
    private final String baseUrl;

    DigestMailer(ObjectProvider<JavaMailSender> sender, ITemplateEngine templates,
            @Value("${prism.mail.from:prism@localhost}") String from,
            @Value("${prism.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.templates = templates;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    boolean isConfigured() {
        return sender.getIfAvailable() != null;
    }

    void send(String to, String name, String subject, List<DigestSection> sections) throws Exception {
        JavaMailSender mail = sender.getObject();
        Context context = new Context();
        context.setVariable("name", name);
        context.setVariable("subject", subject);
        context.setVariable("sections", sections);
        context.setVariable("baseUrl", baseUrl);
        String html = templates.process("digest/email", context);
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(plainText(name, sections), html);
        mail.send(message);
    }

    private String plainText(String name, List<DigestSection> sections) {
        StringBuilder text = new StringBuilder("Hello " + name + ",\n\nhere is what needs you this week.\n");
        for (DigestSection s : sections) {
            text.append("\n").append(s.title()).append(" — ").append(s.summary()).append("\n");
            for (DigestSection.Item i : s.items()) {
                text.append("  • ").append(i.text());
                if (i.detail() != null) text.append(" (").append(i.detail()).append(")");
                if (i.link() != null) text.append("\n    ").append(baseUrl).append(i.link());
                text.append("\n");
            }
        }
        text.append("\nYour inbox: ").append(baseUrl).append("/me/inbox\n");
        return text.toString();
    }
}
