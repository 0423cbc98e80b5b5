package app.prism.nextbest;

import java.math.BigDecimal;

/**
 * One thing worth doing on an account (PRODUCT.md section 5), with its reason and expected value in the installation
 * currency. Fields that do not apply to the type are null; an overdue action is either a task ({@code taskId}) or an
 * action of the account's working plan that has no task ({@code planActionId}).
 */
public record NextBestAction(Type type, Long unitId, Long productId, Long contactId, Long taskId, String reason,
        BigDecimal expectedValue, Long planActionId) {

    public enum Type {
        CROSS_SELL, ASK_REFERRAL, RE_EXPOSE, FIX_RISK, OVERDUE_ACTION
    }
}
