package app.prism.contact;

import app.prism.account.AccountService;
import app.prism.web.Conflict;
import app.prism.web.Invalid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The relationship map of the People tab (HTML and SVG) and the sponsor-left alert of the Overview. */
@Controller
class RelationshipMapPages {

    /** A unit of the drawn map with its people as reporting trees and its sub-units. */
    record UnitBlock(RelationshipMap.MapUnit unit, List<PersonNode> people, List<UnitBlock> children, int total) {}

    /** A person with the people who report to them inside the same unit; {@code bossElsewhere} names a boss in another unit. */
    record PersonNode(RelationshipMap.Person person, String bossElsewhere, List<PersonNode> reports) {}

    /** Above this many people the map opens with only its top-level units expanded. */
    static final int COLLAPSE_ABOVE = 120;

    private final RelationshipMapService maps;
    private final AccountService accounts;
    private final ContactMoveService moves;

    RelationshipMapPages(RelationshipMapService maps, AccountService accounts, ContactMoveService moves) {
        this.maps = maps;
        this.accounts = accounts;
        this.moves = moves;
    }

    @GetMapping("/accounts/{id}/people/map")
    String map(@PathVariable long id, @RequestParam(required = false) Long unitId, Model model) {
        RelationshipMap map = maps.map(id, unitId);
        model.addAttribute("account", accounts.getAccount(id));
        model.addAttribute("tab", "people");
        model.addAttribute("map", map);
        model.addAttribute("blocks", blocks(map));
        model.addAttribute("focusUnit", unitId == null || map.units().isEmpty() ? null : map.units().get(0));
        // a big organisation opens at its top units only; the search and "Expand all" open the rest
        model.addAttribute("collapseDeep", map.peopleCount() > COLLAPSE_ABOVE);
        return "contact/map";
    }

    @GetMapping(value = "/accounts/{id}/people/map.svg")
    ResponseEntity<byte[]> svg(@PathVariable long id, @RequestParam(required = false) Long unitId) {
        RelationshipMap map = maps.map(id, unitId);
        String name = "relationship-map-" + id + (unitId == null ? "" : "-unit-" + unitId) + ".svg";
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(RelationshipMapSvg.render(map).getBytes(StandardCharsets.UTF_8));
    }

    /** The Overview's sponsor-left alert, loaded by htmx; empty when no sponsor left in the last 180 days. */
    @GetMapping("/accounts/{id}/sponsor-left")
    String sponsorLeft(@PathVariable long id, Model model) {
        var left = moves.sponsorsWhoLeft(id);
        Map<Long, List<app.prism.account.UnitView>> choices = new HashMap<>();
        left.stream().filter(s -> s.openMove() != null)
                .forEach(s -> choices.put(s.openMove().id(), moves.unitsToChooseFrom(s.openMove())));
        var visible = accounts.visibleAccountIds();   // a MEMBER learns no name of another team's account here
        var targetIds = left.stream().map(s -> s.contact().movedToAccountId()).filter(java.util.Objects::nonNull)
                .filter(a -> visible.isEmpty() || visible.get().contains(a)).toList();
        model.addAttribute("accountId", id);
        model.addAttribute("sponsorsLeft", left);
        model.addAttribute("unitChoices", choices);
        model.addAttribute("accountNames", accounts.accountNames(targetIds));
        model.addAttribute("days", ContactMoveService.SPONSOR_LEFT_DAYS);
        return "contact/fragments/sponsor-left :: alert";
    }

    @PostMapping("/contact-moves/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
        long from = moves.get(id).accountId();
        try {
            ContactMove done = moves.accept(id, unitId);
            redirect.addFlashAttribute("notice", done.contactName() + " added to " + done.organisation() + ".");
            return "redirect:/contacts/" + done.createdContactId() + "/edit";
        } catch (Invalid | Conflict e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/accounts/" + from + "/overview";
        }
    }

    @PostMapping("/contact-moves/{id}/dismiss")
    String dismiss(@PathVariable long id, RedirectAttributes redirect) {
        ContactMove done = moves.dismiss(id);
        redirect.addFlashAttribute("notice", "Suggestion for " + done.contactName() + " dismissed.");
        return "redirect:/accounts/" + done.accountId() + "/overview";
    }

    static List<UnitBlock> blocks(RelationshipMap map) {
        Map<Long, String> names = new HashMap<>();
        map.units().forEach(u -> u.people().forEach(p -> names.put(p.id(), p.name())));
        Map<Long, List<RelationshipMap.MapUnit>> childrenOf = new HashMap<>();
        List<RelationshipMap.MapUnit> roots = new ArrayList<>();
        var ids = map.units().stream().map(RelationshipMap.MapUnit::id).collect(java.util.stream.Collectors.toSet());
        for (var u : map.units()) {
            if (u.parentId() == null || !ids.contains(u.parentId())) roots.add(u);
            else childrenOf.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
        }
        return roots.stream().map(u -> block(u, childrenOf, names)).toList();
    }

    private static UnitBlock block(RelationshipMap.MapUnit u, Map<Long, List<RelationshipMap.MapUnit>> childrenOf,
            Map<Long, String> names) {
        Map<Long, List<RelationshipMap.Person>> reportsOf = new HashMap<>();
        var here = u.people().stream().map(RelationshipMap.Person::id).collect(java.util.stream.Collectors.toSet());
        List<RelationshipMap.Person> tops = new ArrayList<>();
        for (var p : u.people()) {
            if (p.reportsToId() != null && here.contains(p.reportsToId())) {
                reportsOf.computeIfAbsent(p.reportsToId(), k -> new ArrayList<>()).add(p);
            } else {
                tops.add(p);
            }
        }
        List<PersonNode> people = tops.stream().map(p -> person(p, reportsOf, names, true, new java.util.HashSet<>()))
                .toList();
        List<UnitBlock> children = childrenOf.getOrDefault(u.id(), List.of()).stream()
                .map(c -> block(c, childrenOf, names)).toList();
        int total = u.people().size() + children.stream().mapToInt(UnitBlock::total).sum();
        return new UnitBlock(u, people, children, total);
    }

    private static PersonNode person(RelationshipMap.Person p, Map<Long, List<RelationshipMap.Person>> reportsOf,
            Map<Long, String> names, boolean top, java.util.Set<Long> seen) {
        seen.add(p.id());
        String elsewhere = top && p.reportsToId() != null ? names.get(p.reportsToId()) : null;
        return new PersonNode(p, elsewhere, reportsOf.getOrDefault(p.id(), List.of()).stream()
                .filter(r -> !seen.contains(r.id())).map(r -> person(r, reportsOf, names, false, seen)).toList());
    }
}
