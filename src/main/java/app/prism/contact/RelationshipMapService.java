package app.prism.contact;

import app.prism.account.AccountService;
import app.prism.account.UnitService;
import app.prism.account.UnitTree;
import app.prism.account.UnitView;
import app.prism.identity.UserService;
import app.prism.identity.UserView;
import app.prism.web.Invalid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Builds the relationship map of an account from its unit tree and the reporting lines of its active contacts. */
@Service
public class RelationshipMapService {

    private final AccountService accounts;
    private final UnitService units;
    private final ContactService contacts;
    private final UserService users;

    RelationshipMapService(AccountService accounts, UnitService units, ContactService contacts, UserService users) {
        this.accounts = accounts;
        this.units = units;
        this.contacts = contacts;
        this.users = users;
    }

    /** The whole account, or {@code unitId} and the units below it. People who left are not on the map. */
    public RelationshipMap map(long accountId, Long unitId) {
        String accountName = accounts.getAccount(accountId).name();
        List<UnitView> all = units.unitsOf(accountId);
        List<UnitView> shown = all;
        int topDepth = 1;
        if (unitId != null) {
            UnitView focus = all.stream().filter(u -> u.id() == unitId).findFirst()
                    .orElseThrow(() -> Invalid.field("unitId", "must be a unit of this account"));
            UnitTree tree = new UnitTree(all.stream().map(u -> new UnitTree.Link(u.id(), u.parentId())).toList());
            Set<Long> subtree = new HashSet<>(tree.subtree(unitId));
            shown = all.stream().filter(u -> subtree.contains(u.id())).toList();
            topDepth = focus.depth();
        }
        Set<Long> unitIds = shown.stream().map(UnitView::id).collect(Collectors.toSet());
        List<ContactView> people = contacts.contactsOfAccount(accountId).stream()
                .filter(c -> c.active() && unitIds.contains(c.unitId())).toList();
        Set<Long> ownerIds = people.stream().flatMap(c -> c.ownerUserIds().stream()).collect(Collectors.toSet());
        Map<Long, String> ownerNames = ownerIds.isEmpty() ? Map.of() : users.findUsers(ownerIds).values().stream()
                .collect(Collectors.toMap(UserView::id, UserView::name));
        Set<Long> onMap = people.stream().map(ContactView::id).collect(Collectors.toSet());
        Map<Long, List<RelationshipMap.Person>> byUnit = new LinkedHashMap<>();
        List<RelationshipMap.ReportingLine> lines = new ArrayList<>();
        for (ContactView c : people) {
            Long boss = c.reportsToId() != null && onMap.contains(c.reportsToId()) ? c.reportsToId() : null;
            byUnit.computeIfAbsent(c.unitId(), k -> new ArrayList<>()).add(new RelationshipMap.Person(c.id(),
                    c.unitId(), c.name(), c.title(), c.buyingRole(), c.attitude(), c.relationshipStrength(), boss,
                    c.ownerUserIds().stream().map(o -> new RelationshipMap.Owner(o, ownerNames.getOrDefault(o, "?")))
                            .toList()));
            if (boss != null) lines.add(new RelationshipMap.ReportingLine(c.id(), boss));
        }
        List<RelationshipMap.MapUnit> mapUnits = new ArrayList<>();
        List<Long> gaps = new ArrayList<>();
        for (UnitView u : shown) {
            List<RelationshipMap.Person> inUnit = byUnit.getOrDefault(u.id(), List.of());
            boolean decides = inUnit.stream().anyMatch(p -> p.buyingRole().decides());
            if (!decides) gaps.add(u.id());
            mapUnits.add(new RelationshipMap.MapUnit(u.id(), u.id() == (unitId == null ? -1 : unitId) ? null
                    : u.parentId(), u.name(), u.kind(), u.city(), u.country(), u.depth() - topDepth + 1, decides,
                    inUnit));
        }
        return new RelationshipMap(accountId, accountName, unitId, mapUnits, lines, gaps);
    }
}
