package app.prism.identity;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Colleagues by name where the data keeps who did something by email ("Recorded by", "Marked by", a past review):
 * templates call {@code ${@names.of(s.createdBy)}}. An address that is no user's (an import's "system", a user since
 * removed) shows as it is. Each address is looked up once per request, however many rows carry it.
 */
@Component("names")
public class DisplayNames {

    private static final String MEMO = DisplayNames.class.getName();

    private final UserService users;

    DisplayNames(UserService users) {
        this.users = users;
    }

    public String of(String email) {
        if (email == null || email.isBlank()) return email;
        Map<String, String> memo = memo();
        String known = memo.get(email);
        if (known != null) return known;
        String name = users.findUserByEmail(email).map(UserView::name).filter(n -> n != null && !n.isBlank())
                .orElse(email);
        memo.put(email, name);
        return name;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> memo() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) return new HashMap<>();
        Object memo = request.getAttribute(MEMO, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<String, String>();
            request.setAttribute(MEMO, memo, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, String>) memo;
    }
}
