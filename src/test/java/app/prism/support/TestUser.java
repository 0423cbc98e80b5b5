package app.prism.support;

/** A user created for one test, with a client already signed in as them. */
public record TestUser(long id, String email, String password, String role, Api api) {}
