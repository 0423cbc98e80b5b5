package app.prism.relationship;

import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.contact.ContactService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Who could introduce us to a unit we do not do business with yet ({@link CandidateRule}). */
@Service
public class ReferralCandidates {

    private final UnitService units;
    private final ContactService contacts;
    private final RiskService risks;

    ReferralCandidates(UnitService units, ContactService contacts, RiskService risks) {
        this.units = units;
        this.contacts = contacts;
        this.risks = risks;
    }

    public List<CandidateRule.Candidate> candidatesFor(long unitId, LocalDate asOf) {
        UnitView target = units.getUnit(unitId);
        return candidatesForAccount(target.accountId(), asOf).getOrDefault(unitId, List.of());
    }

    /**
     * The candidates of every unit of the account we do not do business with yet (best first; units without a
     * candidate absent), from one read of the account's units, facts and people: what {@link #candidatesFor} gives unit
     * by unit, at the cost of one call.
     */
    public Map<Long, List<CandidateRule.Candidate>> candidatesForAccount(long accountId, LocalDate asOf) {
        LocalDate day = risks.asOfOrToday(asOf);
        Map<Long, CandidateRule.Unit> tree = units.unitsOf(accountId).stream()
                .map(u -> new CandidateRule.Unit(u.id(), u.parentId(), u.country(), u.name()))
                .collect(Collectors.toMap(CandidateRule.Unit::id, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        var doing = risks.facts(accountId, day).doingBusiness().keySet();
        var people = contacts.contactsOfAccount(accountId).stream()
                .filter(c -> doing.contains(c.unitId()))   // only people where we do business can introduce us
                .map(c -> new CandidateRule.Person(c.id(), c.name(), c.unitId(), c.active(), c.buyingRole(),
                        c.attitude(), c.relationshipStrength())).toList();
        Map<Long, List<CandidateRule.Candidate>> out = new java.util.LinkedHashMap<>();
        for (Long unitId : tree.keySet()) {
            if (doing.contains(unitId)) continue;
            List<CandidateRule.Candidate> ranked = CandidateRule.rank(unitId, tree, doing, people);
            if (!ranked.isEmpty()) out.put(unitId, ranked);
        }
        return out;
    }

    /** Whether we do business with the unit (then it needs no referral). */
    public boolean doingBusinessWith(long unitId, LocalDate asOf) {
        UnitView unit = units.getUnit(unitId);
        return risks.facts(unit.accountId(), risks.asOfOrToday(asOf)).doingBusiness().containsKey(unitId);
    }
}
