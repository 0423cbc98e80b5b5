package app.prism.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

public record UserPatch(
        @Email @Size(max = 320) String email,
        @Size(max = 200) String name,
        @AcceptablePassword String password,
        Role role,
        Boolean active,
        Long version) {}
