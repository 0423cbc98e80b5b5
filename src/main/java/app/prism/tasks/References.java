package app.prism.tasks;

import app.prism.account.AccountService;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.web.Invalid;
import app.prism.web.NotFound;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The account, unit, contact and product a task or a request names. A record the caller may not see is refused exactly
 * like one that does not exist (400 naming the field), so the answer never reveals it; a unit or contact of another
 * account is refused too.
 */
@Component
class References {

    /** What was resolved; the account is always known, the others may be null. */
    record Resolved(long accountId, Long unitId, Long contactId, Long productId) {}

    private final AccountService accounts;
    private final UnitService units;
    private final ContactService contacts;
    private final ProductService products;

    References(AccountService accounts, UnitService units, ContactService contacts, ProductService products) {
        this.accounts = accounts;
        this.units = units;
        this.contacts = contacts;
        this.products = products;
    }

    /**
     * Checks the references against the account (null: the unit's, else the contact's account). A contact without a
     * unit puts the record in the contact's unit when {@code unitFromContact}.
     */
    Resolved resolve(Long accountId, Long unitId, Long contactId, Long productId, boolean unitFromContact) {
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        UnitView unit = null;
        ContactView contact = null;
        if (accountId != null) {
            try {
                accounts.requireVisible(accountId);
            } catch (NotFound e) {
                problems.add(new Invalid.FieldProblem("accountId", "unknown account " + accountId));
            }
        }
        if (unitId != null) {
            try {
                unit = units.getUnit(unitId);
            } catch (NotFound e) {
                problems.add(new Invalid.FieldProblem("unitId", "unknown unit " + unitId));
            }
        }
        if (contactId != null) {
            try {
                contact = contacts.getContact(contactId);
            } catch (NotFound e) {
                problems.add(new Invalid.FieldProblem("contactId", "unknown contact " + contactId));
            }
        }
        if (productId != null) {
            try {
                products.getProduct(productId);
            } catch (NotFound e) {
                problems.add(new Invalid.FieldProblem("productId", "unknown product " + productId));
            }
        }
        Long account = accountId != null ? accountId : unit != null ? Long.valueOf(unit.accountId())
                : contact != null ? Long.valueOf(contact.accountId()) : null;
        if (account != null && unit != null && unit.accountId() != account) {
            problems.add(new Invalid.FieldProblem("unitId", "must be a unit of account " + account));
        }
        if (account != null && contact != null && contact.accountId() != account) {
            problems.add(new Invalid.FieldProblem("contactId", "must be a contact of account " + account));
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        if (account == null) throw Invalid.field("accountId", "must not be null");
        Long unitOut = unit != null ? Long.valueOf(unit.id())
                : unitFromContact && contact != null ? Long.valueOf(contact.unitId()) : null;
        return new Resolved(account, unitOut, contactId, productId);
    }
}
