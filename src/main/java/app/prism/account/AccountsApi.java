package app.prism.account;

import app.prism.web.ApiResponses;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.PatchReader;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/accounts")
class AccountsApi {

    private final AccountService accounts;
    private final UnitService units;
    private final PatchReader patches;

    AccountsApi(AccountService accounts, UnitService units, PatchReader patches) {
        this.accounts = accounts;
        this.units = units;
        this.patches = patches;
    }

    @GetMapping
    Paged<AccountView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean mine) {
        return accounts.listAccounts(PageQuery.of(page, size, q), sort, mine);
    }

    @PostMapping
    ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount input) {
        AccountView created = accounts.createAccount(input);
        return ApiResponses.created("/api/v1/accounts/{id}", created.id(), created, created.version());
    }

    @GetMapping("/{id}")
    ResponseEntity<AccountView> get(@PathVariable long id) {
        AccountView account = accounts.getAccount(id);
        return ApiResponses.versioned(account, account.version());
    }

    @PatchMapping("/{id}")
    ResponseEntity<AccountView> update(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Patch<AccountPatch> patch = patches.read(body, AccountPatch.class);
        AccountView updated = accounts.updateAccount(id, patch, Patch.expectedVersion(patch.value().version(), ifMatch));
        return ApiResponses.versioned(updated, updated.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        accounts.deleteAccount(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/team")
    List<TeamMember> team(@PathVariable long id) {
        return accounts.team(id);
    }

    @PutMapping("/{id}/team")
    List<TeamMember> replaceTeam(@PathVariable long id, @RequestBody List<@Valid TeamAssignment> team) {
        return accounts.replaceTeam(id, team);
    }

    @GetMapping("/{id}/units")
    List<UnitNode> tree(@PathVariable long id) {
        return units.tree(id);
    }

    @PostMapping("/{id}/units")
    ResponseEntity<UnitView> createUnit(@PathVariable long id, @Valid @RequestBody NewUnit input) {
        UnitView created = units.createUnit(id, input);
        return ApiResponses.created("/api/v1/units/{id}", created.id(), created, created.version());
    }
}
