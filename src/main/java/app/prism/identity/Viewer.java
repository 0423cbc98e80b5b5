package app.prism.identity;

/** The signed-in user as other capabilities need them: who, and with which role. */
public record Viewer(long id, String email, String name, Role role) {

    public boolean seesAllAccounts() {
        return role.seesAllAccounts();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isManagerOrAdmin() {
        return role == Role.ADMIN || role == Role.MANAGER;
    }
}
