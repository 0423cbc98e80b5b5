package app.prism.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

public record UserPatch(
        @Email @Size(max = 320) String email,
        @Size(max = 200) String name,
        @Size(min = UserService.MIN_PASSWORD_LENGTH, max = 200,
                message = "must be between 12 and 200 characters") String password,
        Role role,
        Boolean active,
        Long version) {}
