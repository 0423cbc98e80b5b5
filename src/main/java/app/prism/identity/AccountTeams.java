package app.prism.identity;

/**
 * Team membership as the access rule needs it. The account capability owns teams and implements this, so identity
 * decides access without reading another capability's tables.
 */
public interface AccountTeams {

    boolean isOnTeam(long accountId, long userId);
}
