package app.prism.imports.values;

import app.prism.contact.BuyingRole;
import java.util.List;
import java.util.Map;

/**
 * CRMs name the part a contact plays in their own words (Salesforce contact roles, Dynamics decision influence); Prism
 * keeps its buying roles.
 */
public final class BuyingRoleValue {

    /** When a cell holds several labels, the one that matters most for the relationship map wins. */
    private static final List<BuyingRole> PRECEDENCE = List.of(BuyingRole.DECISION_MAKER, BuyingRole.ECONOMIC_BUYER,
            BuyingRole.CHAMPION, BuyingRole.INFLUENCER, BuyingRole.USER, BuyingRole.GATEKEEPER);

    private static final Map<String, BuyingRole> ROLES = Map.of(
            "decisionmaker", BuyingRole.DECISION_MAKER,
            "economicbuyer", BuyingRole.ECONOMIC_BUYER,
            "champion", BuyingRole.CHAMPION,
            "influencer", BuyingRole.INFLUENCER,
            "technicalbuyer", BuyingRole.INFLUENCER,
            "evaluator", BuyingRole.INFLUENCER,
            "user", BuyingRole.USER,
            "businessuser", BuyingRole.USER,
            "gatekeeper", BuyingRole.GATEKEEPER);

    private BuyingRoleValue() {
    }

    /**
     * The buying role of a label (Decision Maker, Economic Buyer, Influencer, Technical Buyer, Evaluator, Business User,
     * Champion, Gatekeeper, or Prism's names in any spelling); of several labels separated by ';' or ',' the first of
     * DECISION_MAKER, ECONOMIC_BUYER, CHAMPION, INFLUENCER, USER, GATEKEEPER; UNKNOWN for anything else. Never throws.
     */
    public static BuyingRole role(String raw) {
        var text = NullValues.text(raw);
        if (text == null) {
            return BuyingRole.UNKNOWN;
        }
        BuyingRole best = BuyingRole.UNKNOWN;
        for (var label : text.split("[;,]")) {
            var role = ROLES.get(Labels.key(label));
            if (role != null && (best == BuyingRole.UNKNOWN || PRECEDENCE.indexOf(role) < PRECEDENCE.indexOf(best))) {
                best = role;
            }
        }
        return best;
    }
}
