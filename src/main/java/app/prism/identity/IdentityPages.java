package app.prism.identity;

import app.prism.web.FormErrors;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import app.prism.web.PageQuery;
import app.prism.web.Patch;
import app.prism.web.Conflict;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, the users admin, personal API tokens and the own password. */
@Controller
class IdentityPages {

    record UserForm(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String name,
            @NotNull Role role, String password, Boolean active, Long version) {}

    record TokenForm(@NotBlank @Size(max = 100) String name) {}

    record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String repeat) {}

    private final UserService users;
    private final ApiTokenService tokens;
    private final PrismUserDetailsService principals;
    private final CurrentUser currentUser;

    IdentityPages(UserService users, ApiTokenService tokens, PrismUserDetailsService principals,
            CurrentUser currentUser) {
        this.users = users;
        this.tokens = tokens;
        this.principals = principals;
        this.currentUser = currentUser;
    }

    /** The password rule's one message, shown as the hint of every password field. */
    @ModelAttribute("passwordRule")
    String passwordRule() {
        return "The password " + PasswordRule.MESSAGE + ".";
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (request.getParameter("throttled") != null && session != null
                && session.getAttribute(SecurityConfig.RETRY_AFTER) instanceof Long seconds) {
            model.addAttribute("retryAfter", seconds >= 120 ? (seconds + 59) / 60 + " minutes"
                    : seconds == 1 ? "1 second" : seconds + " seconds");
        }
        return "identity/login";
    }

    @GetMapping("/admin/users")
    String users(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("users", users.listUsers(PageQuery.of(page, 50, q)));
        model.addAttribute("q", q);
        if (!model.containsAttribute("userForm")) model.addAttribute("userForm", new UserForm("", "", Role.MEMBER, "", true, null));
        model.addAttribute("roles", Role.values());
        return "identity/users";
    }

    @PostMapping("/admin/users")
    String createUser(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UserView created = users.createUser(new NewUser(form.email(), form.name(), form.password(), form.role()));
                redirect.addFlashAttribute("notice", "User " + created.email() + " created.");
                return "redirect:/admin/users";
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            } catch (Conflict e) {
                result.rejectValue("email", "taken", e.getMessage());
            }
        }
        return users(null, null, model);
    }

    @GetMapping("/admin/users/{id}")
    String editUser(@PathVariable long id, Model model) {
        UserView user = users.getUser(id);
        model.addAttribute("user", user);
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", new UserForm(user.email(), user.name(), user.role(), "", user.active(), user.version()));
        }
        model.addAttribute("roles", Role.values());
        return "identity/user-edit";
    }

    @PostMapping("/admin/users/{id}")
    String updateUser(@PathVariable long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (!result.hasErrors()) {
            Set<String> present = new HashSet<>(Set.of("email", "name", "role", "active"));
            String password = form.password() == null || form.password().isEmpty() ? null : form.password();
            if (password != null) present.add("password");
            try {
                users.updateUser(id, Patch.of(new UserPatch(form.email(), form.name(), password, form.role(),
                        form.active() != null && form.active(), form.version()), present), form.version());
                if (password != null && id == currentUser.viewer().id()) {
                    FreshUserFilter.keepSignedIn(principals.loadById(id), request, response);
                }
                redirect.addFlashAttribute("notice", "Saved.");
                return "redirect:/admin/users";
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            } catch (Conflict e) {
                FormErrors.apply(e, result);
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                result.reject("stale", "Someone else changed this user meanwhile. Reload the page to see their change.");
            }
        }
        model.addAttribute("user", users.getUser(id));
        model.addAttribute("roles", Role.values());
        return "identity/user-edit";
    }

    @GetMapping("/me/tokens")
    String tokens(Model model) {
        model.addAttribute("tokens", tokens.mine());
        if (!model.containsAttribute("tokenForm")) model.addAttribute("tokenForm", new TokenForm(""));
        return "identity/tokens";
    }

    @PostMapping("/me/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) return tokens(model);
        ApiTokenService.CreatedToken created = tokens.create(form.name());
        redirect.addFlashAttribute("secret", created.secret());
        redirect.addFlashAttribute("secretName", created.token().name());
        return "redirect:/me/tokens";
    }

    @PostMapping("/me/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        try {
            tokens.revoke(id);
            redirect.addFlashAttribute("notice", "Token revoked: it no longer signs anyone in.");
        } catch (NotFound e) {
            redirect.addFlashAttribute("problem", "That token does not exist.");
        }
        return "redirect:/me/tokens";
    }

    @GetMapping("/me/password")
    String password(Model model) {
        if (!model.containsAttribute("passwordForm")) model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        return "identity/password";
    }

    @PostMapping("/me/password")
    String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (!result.hasErrors() && !form.newPassword().equals(form.repeat())) {
            result.rejectValue("repeat", "mismatch", "does not match the new password");
        }
        if (!result.hasErrors()) {
            try {
                users.changeOwnPassword(form.currentPassword(), form.newPassword());
                FreshUserFilter.keepSignedIn(principals.loadById(currentUser.viewer().id()), request, response);
                redirect.addFlashAttribute("notice", "Your password was changed. Every other browser and device is signed out.");
                return "redirect:/me/password";
            } catch (Invalid e) {
                FormErrors.apply(e, result);
            }
        }
        return "identity/password";
    }
}
