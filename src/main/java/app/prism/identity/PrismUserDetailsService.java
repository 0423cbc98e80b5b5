package app.prism.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class PrismUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    PrismUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByEmail(username).map(PrismUserDetailsService::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    java.util.Optional<PrismUser> findById(long id) {
        return users.findById(id).map(PrismUserDetailsService::principal);
    }

    PrismUser loadById(long id) {
        return users.findById(id).map(PrismUserDetailsService::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    private static PrismUser principal(UserRepository.UserRow r) {
        return new PrismUser(r.id(), r.email(), r.name(), r.role(), r.passwordHash(), r.active());
    }
}
