package app.prism.relationship;

/**
 * Where a referral or testimonial request stands. ASKED may become GIVEN or DECLINED; a DECLINED one may still be GIVEN
 * later (people change their minds); a GIVEN one stays given, and nothing goes back to ASKED.
 */
public enum AskStatus {
    ASKED, GIVEN, DECLINED;

    public boolean canMoveTo(AskStatus next) {
        if (next == this) return true;
        return switch (this) {
            case ASKED -> next == GIVEN || next == DECLINED;
            case DECLINED -> next == GIVEN;
            case GIVEN -> false;
        };
    }
}
