package app.prism.identity;

import app.prism.web.ApiResponses;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.PatchReader;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Users (ADMIN only). DELETE deactivates: a user's name stays on everything they did. */
@RestController
@RequestMapping("/api/v1/users")
class UsersApi {

    private final UserService users;
    private final PatchReader patches;

    UsersApi(UserService users, PatchReader patches) {
        this.users = users;
        this.patches = patches;
    }

    @GetMapping
    Paged<UserView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return users.listUsers(PageQuery.of(page, size, q));
    }

    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser input) {
        UserView created = users.createUser(input);
        return ApiResponses.created("/api/v1/users/{id}", created.id(), created, created.version());
    }

    @GetMapping("/{id}")
    ResponseEntity<UserView> get(@PathVariable long id) {
        UserView user = users.getUser(id);
        return ApiResponses.versioned(user, user.version());
    }

    @PatchMapping("/{id}")
    ResponseEntity<UserView> update(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Patch<UserPatch> patch = patches.read(body, UserPatch.class);
        UserView updated = users.updateUser(id, patch, Patch.expectedVersion(patch.value().version(), ifMatch));
        return ApiResponses.versioned(updated, updated.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> deactivate(@PathVariable long id) {
        users.deactivateUser(id);
        return ResponseEntity.noContent().build();
    }
}
