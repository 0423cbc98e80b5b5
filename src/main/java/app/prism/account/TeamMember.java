package app.prism.account;

/** One colleague on an account's team, as GET /accounts/{id}/team returns it. */
public record TeamMember(long userId, String name, String email, TeamRole role) {}
