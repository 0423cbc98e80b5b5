package app.prism.exposure;

import app.prism.account.AccountService;
import app.prism.account.AccountView;
import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.web.FormErrors;
import app.prism.web.Invalid;
import app.prism.web.Money;
import app.prism.web.Patch;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Exposure tab (awareness, its trend, the gaps grouped by contact, recent touchpoints), the touchpoint form, and the
 * "who heard about it" part of the matrix side panel.
 */
@Controller
class ExposurePages {

    static final int CONTACTS_PER_PAGE = 20;

    /**
     * The touchpoint form. Its date stays text until the handler reads it: a date the form cannot take (typed by hand
     * past the field's bounds) then becomes a message beside the field instead of a form that could not be built.
     */
    record TouchpointForm(List<Long> contactIds, List<Long> productIds, String date, Channel channel,
            @Size(max = 4000) String note, String returnTo, Long version) {

        static TouchpointForm of(List<Long> contactIds, List<Long> productIds, LocalDate date, Channel channel,
                String note, String returnTo, Long version) {
            return new TouchpointForm(contactIds, productIds, date == null ? null : date.toString(), channel, note,
                    returnTo, version);
        }
    }

    /** The form's date, or null with the problem beside the field (blank is left to the service's own rule). */
    static LocalDate formDate(String text, BindingResult result) {
        if (text == null || text.isBlank()) return null;
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (app.prism.web.DateRange.accepts(date)) return date;
            result.rejectValue("date", "range", app.prism.web.DateRange.MESSAGE);
        } catch (java.time.format.DateTimeParseException e) {
            result.rejectValue("date", "format", "must be a date such as 2026-03-31");
        }
        return null;
    }

    /** One contact's gaps on the page. */
    record ContactGaps(ContactView contact, String unitName, List<GapView> gaps, long neverCount) {

        public String productIdsParam() {
            return gaps.stream().map(g -> String.valueOf(g.productId())).collect(Collectors.joining(","));
        }
    }

    record GapView(long productId, String code, String name, LocalDate lastExposedOn) {}

    record TouchpointRow(TouchpointView t, String contacts, String products, boolean mayChange) {}

    /** A person in the matrix side panel, and when they last heard about the cell's product. */
    record Heard(ContactView contact, String unitName, LocalDate lastExposedOn, boolean gap) {}

    private final ExposureService exposure;
    private final TouchpointService touchpoints;
    private final AccountService accounts;
    private final UnitService units;
    private final ContactService contacts;
    private final ProductService products;
    private final app.prism.tasks.TaskService tasks;

    ExposurePages(ExposureService exposure, TouchpointService touchpoints, AccountService accounts, UnitService units,
            ContactService contacts, ProductService products, app.prism.tasks.TaskService tasks) {
        this.tasks = tasks;
        this.exposure = exposure;
        this.touchpoints = touchpoints;
        this.accounts = accounts;
        this.units = units;
        this.contacts = contacts;
        this.products = products;
    }

    @GetMapping("/accounts/{id}/exposure")
    String page(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String q, Model model) {
        AccountView account = accounts.getAccount(id);
        LocalDate today = exposure.asOfOrToday(null);
        Map<Long, UnitView> unitsById = unitsById(id);
        Map<Long, ContactView> people = byId(contacts.contactsOfAccount(id));
        Map<Long, ProductView> productsById = productsById();
        List<GapRule.Pair> gaps = exposure.allGaps(id, today);
        // one group per contact, in the order of their oldest gap
        Map<Long, List<GapRule.Pair>> byContact = new LinkedHashMap<>();
        gaps.forEach(g -> byContact.computeIfAbsent(g.contactId(), k -> new ArrayList<>()).add(g));
        String filter = q == null ? "" : q.strip().toLowerCase();
        List<ContactGaps> groups = byContact.entrySet().stream()
                .filter(e -> filter.isEmpty() || matches(people.get(e.getKey()), unitsById, filter))
                .map(e -> group(people.get(e.getKey()), unitsById, productsById, e.getValue())).toList();
        int p = page == null || page < 0 ? 0 : page;
        int from = Math.min(groups.size(), p * CONTACTS_PER_PAGE);
        int to = Math.min(groups.size(), from + CONTACTS_PER_PAGE);
        var cadence = exposure.cadence(id);
        model.addAttribute("account", account);
        model.addAttribute("tab", "exposure");
        model.addAttribute("cadence", cadence);
        model.addAttribute("gapCount", gaps.size());
        model.addAttribute("contactsWithGaps", groups.size());
        model.addAttribute("groups", groups.subList(from, to));
        model.addAttribute("page", p);
        model.addAttribute("hasNext", to < groups.size());
        model.addAttribute("q", q);
        model.addAttribute("recent", rows(touchpoints.listTouchpoints(
                new TouchpointService.Query(id, null, null, null, null, null), app.prism.web.PageQuery.of(0, 10, null))
                .items(), people, productsById));
        addFormChoices(model, id, unitsById, people.values(), productsById.values());
        if (!model.containsAttribute("touchpointForm")) {
            model.addAttribute("touchpointForm", TouchpointForm.of(List.of(), List.of(), today, Channel.MEETING, null,
                    "/accounts/" + id + "/exposure", null));
        }
        return "exposure/exposure";
    }

    /** Awareness, per unit and product, and the trend chart: loaded after the page, as it reads twelve dates. */
    @GetMapping("/accounts/{id}/exposure/awareness")
    String awareness(@PathVariable long id, Model model) {
        accounts.getAccount(id);
        Awareness a = exposure.awareness(id, null, true);
        Map<Long, UnitView> unitsById = unitsById(id);
        Map<Long, ProductView> productsById = productsById();
        model.addAttribute("awareness", a);
        model.addAttribute("awarenessText", pct(a.awareness()));
        model.addAttribute("trendData", trendJson(a));
        model.addAttribute("unitShares", a.units().stream()
                .sorted(Comparator.comparing(Awareness.UnitShare::awareness, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(u -> Map.of("name", unitsById.containsKey(u.unitId()) ? unitsById.get(u.unitId()).name() : "?",
                        "share", pct(u.awareness()),
                        "pairs", u.exposedPairs() + " / " + u.pairs()))
                .toList());
        model.addAttribute("productShares", a.products().stream()
                .sorted(Comparator.comparing(Awareness.ProductShare::awareness, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(s -> Map.of("name", productsById.containsKey(s.productId()) ? productsById.get(s.productId()).name() : "?",
                        "share", pct(s.awareness()),
                        "pairs", s.exposedPairs() + " / " + s.pairs()))
                .toList());
        return "exposure/fragments/awareness :: awareness";
    }

    /** Every touchpoint of the account, latest first, paged: a part of the Activity tab. */
    @GetMapping("/accounts/{id}/touchpoints")
    String touchpointList(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        AccountView account = accounts.getAccount(id);
        Map<Long, ContactView> people = byId(contacts.contactsOfAccount(id));
        var found = touchpoints.listTouchpoints(new TouchpointService.Query(id, null, null, null, null, null),
                app.prism.web.PageQuery.of(page == null || page < 0 ? 0 : page, 25, null));
        model.addAttribute("account", account);
        model.addAttribute("found", found);
        model.addAttribute("rows", rows(found.items(), people, productsById()));
        return "exposure/fragments/touchpoints :: touchpoints";
    }

    @GetMapping("/accounts/{id}/touchpoints/new")
    String newTouchpoint(@PathVariable long id, @RequestParam(required = false) List<Long> contactId,
            @RequestParam(required = false) List<Long> productId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String returnTo, Model model) {
        AccountView account = accounts.getAccount(id);
        Map<Long, ContactView> people = byId(contacts.contactsOfAccount(id));
        List<Long> chosen = new ArrayList<>(contactId == null ? List.of() : contactId);
        if (unitId != null && chosen.isEmpty()) {
            people.values().stream().filter(c -> c.unitId() == unitId && c.active()).forEach(c -> chosen.add(c.id()));
        }
        model.addAttribute("account", account);
        model.addAttribute("tab", "exposure");
        addFormChoices(model, id, unitsById(id), people.values(), productsById().values());
        if (!model.containsAttribute("touchpointForm")) {
            model.addAttribute("touchpointForm", TouchpointForm.of(chosen, productId == null ? List.of() : productId,
                    exposure.asOfOrToday(null), Channel.MEETING, null, safeReturn(returnTo, id), null));
        }
        // a re-shown form carries what was posted: its Cancel link gets the checked path only
        model.addAttribute("cancelTo", safeReturn(((TouchpointForm) model.getAttribute("touchpointForm")).returnTo(), id));
        return "exposure/touchpoint-form";
    }

    @PostMapping("/accounts/{id}/touchpoints")
    String create(@PathVariable long id, @ModelAttribute("touchpointForm") TouchpointForm form, BindingResult result,
            Model model, RedirectAttributes redirect, @RequestParam(defaultValue = "false") boolean fromTab) {
        accounts.getAccount(id);
        String back = safeReturn(form.returnTo(), id);
        try {
            // a value the form could not take (a date out of range) is already beside its field: nothing to log
            LocalDate date = formDate(form.date(), result);
            if (!result.hasErrors()) {
                TouchpointView t = touchpoints.logTouchpoint(new NewTouchpoint(nonNull(form.contactIds()),
                        nonNull(form.productIds()), date, form.channel(), form.note()));
                redirect.addFlashAttribute("notice", "Touchpoint logged: " + t.contactIds().size()
                        + " contact(s) heard about " + t.productIds().size() + " product(s).");
                return "redirect:" + back;
            }
        } catch (Invalid e) {
            FormErrors.apply(e, result);
        }
        model.addAttribute("logOpen", true);
        return fromTab ? page(id, null, null, model) : newTouchpoint(id, null, null, null, form.returnTo(), model);
    }

    @GetMapping("/touchpoints/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        TouchpointView t = touchpoints.getTouchpoint(id);
        model.addAttribute("account", accounts.getAccount(t.accountId()));
        model.addAttribute("tab", "exposure");
        model.addAttribute("touchpoint", t);
        model.addAttribute("mayChange", touchpoints.mayChange(t));
        addFormChoices(model, t.accountId(), unitsById(t.accountId()), contacts.contactsOfAccount(t.accountId()),
                productsById().values());
        if (!model.containsAttribute("touchpointForm")) {
            model.addAttribute("touchpointForm", TouchpointForm.of(t.contactIds(), t.productIds(), t.date(),
                    t.channel(), t.note(), "/accounts/" + t.accountId() + "/exposure", t.version()));
        }
        model.addAttribute("cancelTo",
                safeReturn(((TouchpointForm) model.getAttribute("touchpointForm")).returnTo(), t.accountId()));
        return "exposure/touchpoint-form";
    }

    @PostMapping("/touchpoints/{id}")
    String update(@PathVariable long id, @ModelAttribute("touchpointForm") TouchpointForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        TouchpointView t = touchpoints.getTouchpoint(id);
        String back = safeReturn(form.returnTo(), t.accountId());
        try {
            LocalDate date = formDate(form.date(), result);
            if (result.hasErrors()) return edit(id, model);
            touchpoints.updateTouchpoint(id, Patch.of(new TouchpointPatch(nonNull(form.contactIds()),
                    nonNull(form.productIds()), date, form.channel(), form.note(), form.version()),
                    Set.of("contactIds", "productIds", "date", "channel", "note")), form.version());
            redirect.addFlashAttribute("notice", "Touchpoint saved.");
            return "redirect:" + back;
        } catch (Invalid e) {
            FormErrors.apply(e, result);
        } catch (OptimisticLockingFailureException e) {
            result.reject("stale", "Someone else changed this touchpoint meanwhile: reload it, then make your change again.");
        }
        return edit(id, model);
    }

    @PostMapping("/touchpoints/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        TouchpointView t = touchpoints.getTouchpoint(id);
        touchpoints.deleteTouchpoint(id);
        redirect.addFlashAttribute("notice", "Touchpoint of " + t.date() + " deleted.");
        return "redirect:/accounts/" + t.accountId() + "/exposure";
    }

    /** "Plan it": a task, due in a week, to tell the contact about the products they have not heard about. */
    @PostMapping("/accounts/{id}/exposure/plan")
    String planIt(@PathVariable long id, @RequestParam long contactId, @RequestParam List<Long> productId,
            RedirectAttributes redirect) {
        accounts.getAccount(id);
        ContactView contact = contacts.getContact(contactId);
        Map<Long, ProductView> productsById = productsById();
        List<String> names = productId.stream().map(p -> productsById.containsKey(p) ? productsById.get(p).name() : "?")
                .toList();
        String title = "Tell " + contact.name() + " about " + ExposurePages.names(names);
        var task = tasks.createTask(new app.prism.tasks.NewTask(id, title.length() > 200 ? title.substring(0, 199) + "…"
                : title, contact.unitId(), contactId, productId.size() == 1 ? productId.get(0) : null, null,
                exposure.asOfOrToday(null).plusDays(7), "GAP", gapNote(names)));
        redirect.addFlashAttribute("notice", "Planned: “" + task.title() + "”, due " + task.dueOn()
                + ", on your task list.");
        return "redirect:/accounts/" + id + "/exposure#gaps-" + contactId;
    }

    @PostMapping("/accounts/{id}/cadence")
    String setCadence(@PathVariable long id, @RequestParam(required = false) Integer cadenceDays,
            RedirectAttributes redirect) {
        try {
            var c = exposure.setAccountCadence(id, cadenceDays);
            redirect.addFlashAttribute("notice", c.overridden()
                    ? "This account's cadence is now " + c.cadenceDays() + " days."
                    : "This account follows the installation's cadence (" + c.cadenceDays() + " days) again.");
        } catch (Invalid e) {
            redirect.addFlashAttribute("problem", "Cadence: " + e.errors().get(0).message());
        }
        return "redirect:/accounts/" + id + "/exposure";
    }

    /** The installation's cadence, a part of the administrators' "Digest and reminders" page. */
    @GetMapping("/admin/exposure-cadence")
    String cadenceSetting(Model model) {
        model.addAttribute("setting", exposure.installationCadence());
        return "exposure/fragments/cadence :: cadence";
    }

    @PostMapping("/admin/exposure-cadence")
    String saveCadenceSetting(@RequestParam(required = false) Integer cadenceDays, @RequestParam Long version,
            Model model) {
        try {
            exposure.setInstallationCadence(cadenceDays, version);
            model.addAttribute("cadenceNotice", "Cadence saved: gaps now count from " + cadenceDays + " days.");
        } catch (Invalid e) {
            model.addAttribute("cadenceError", e.errors().get(0).message());
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("cadenceError", "Someone else changed the cadence meanwhile; here it is now.");
        }
        return cadenceSetting(model);
    }

    /** The matrix side panel's people, with when each last heard about the product, and a one-step log form. */
    @GetMapping("/accounts/{id}/exposure/heard")
    String heard(@PathVariable long id, @RequestParam long productId, @RequestParam long unitId,
            @RequestParam(defaultValue = "false") boolean rolled, Model model) {
        accounts.getAccount(id);
        LocalDate today = exposure.asOfOrToday(null);
        int cadence = exposure.cadence(id).cadenceDays();
        List<UnitView> unitList = units.unitsOf(id);
        Map<Long, UnitView> unitsById = unitList.stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
        if (!unitsById.containsKey(unitId)) throw new app.prism.web.NotFound("Unit", unitId);
        Set<Long> wanted = Set.copyOf(rolled ? new app.prism.account.UnitTree(unitList.stream()
                .map(u -> new app.prism.account.UnitTree.Link(u.id(), u.parentId())).toList()).subtree(unitId)
                : List.of(unitId));
        List<ContactView> people = contacts.contactsOfAccount(id).stream()
                .filter(c -> wanted.contains(c.unitId()) && c.active()).toList();
        Map<Long, LocalDate> last = touchpoints.lastExposedOn(id, people.stream().map(ContactView::id).toList(),
                productId, today);
        model.addAttribute("accountId", id);
        model.addAttribute("product", products.getProduct(productId));
        model.addAttribute("unitId", unitId);
        model.addAttribute("rolled", rolled);
        model.addAttribute("cadenceDays", cadence);
        model.addAttribute("today", today);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("people", people.stream().map(c -> new Heard(c,
                        unitsById.containsKey(c.unitId()) ? unitsById.get(c.unitId()).name() : "",
                        last.get(c.id()), GapRule.isGap(last.get(c.id()), today, cadence)))
                .sorted(Comparator.comparing(Heard::lastExposedOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList());
        return "exposure/fragments/heard :: heard";
    }

    @PostMapping("/accounts/{id}/exposure/heard")
    String logHeard(@PathVariable long id, @RequestParam long productId, @RequestParam long unitId,
            @RequestParam(defaultValue = "false") boolean rolled,
            @RequestParam(required = false) List<Long> contactIds, @RequestParam Channel channel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String note, Model model) {
        try {
            touchpoints.logTouchpoint(new NewTouchpoint(nonNull(contactIds), List.of(productId),
                    date == null ? exposure.asOfOrToday(null) : date, channel, note));
            model.addAttribute("heardNotice", "Logged.");
        } catch (Invalid e) {
            model.addAttribute("heardError", e.errors().stream()
                    .map(p -> ("contactIds".equals(p.field()) ? "Pick at least one person" : p.field() + ": " + p.message()))
                    .collect(Collectors.joining("; ")));
        }
        return heard(id, productId, unitId, rolled, model);
    }

    // ---- helpers ----

    private void addFormChoices(Model model, long accountId, Map<Long, UnitView> unitsById,
            java.util.Collection<ContactView> people, java.util.Collection<ProductView> productList) {
        // contacts grouped by unit (active first), products by family: what the pickers list
        Map<String, List<ContactView>> contactsByUnit = new TreeMap<>();
        people.stream().sorted(Comparator.comparing(ContactView::active).reversed().thenComparing(ContactView::name))
                .forEach(c -> contactsByUnit.computeIfAbsent(unitsById.containsKey(c.unitId())
                        ? unitsById.get(c.unitId()).name() : "?", k -> new ArrayList<>()).add(c));
        Map<String, List<ProductView>> productsByFamily = new TreeMap<>();
        productList.stream().filter(ProductView::active).sorted(Comparator.comparing(ProductView::code))
                .forEach(p -> productsByFamily.computeIfAbsent(p.family() == null ? "Other" : p.family(),
                        k -> new ArrayList<>()).add(p));
        model.addAttribute("contactsByUnit", contactsByUnit);
        model.addAttribute("productsByFamily", productsByFamily);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("accountId", accountId);
    }

    private List<TouchpointRow> rows(List<TouchpointView> list, Map<Long, ContactView> people,
            Map<Long, ProductView> productsById) {
        return list.stream().map(t -> new TouchpointRow(t,
                names(t.contactIds().stream().map(c -> people.containsKey(c) ? people.get(c).name() : "?").toList()),
                t.productIds().stream().map(p -> productsById.containsKey(p) ? productsById.get(p).code() : "?")
                        .collect(Collectors.joining(", ")),
                touchpoints.mayChange(t))).toList();
    }

    /** The task's note: the products to tell about, twenty at most, so it always fits (2,000 characters). */
    static String gapNote(List<String> names) {
        String listed = String.join(", ", names.subList(0, Math.min(20, names.size())))
                + (names.size() > 20 ? " and " + (names.size() - 20) + " more" : "");
        String note = "Not heard about within the cadence: " + listed + ".";
        return note.length() <= 2000 ? note : note.substring(0, 1999) + "…";
    }

    /** "Anna, Ben, Carl and 12 more": a newsletter's long list stays one line. */
    static String names(List<String> all) {
        if (all.size() <= 3) return String.join(", ", all);
        return String.join(", ", all.subList(0, 3)) + " and " + (all.size() - 3) + " more";
    }

    private static ContactGaps group(ContactView contact, Map<Long, UnitView> unitsById,
            Map<Long, ProductView> productsById, List<GapRule.Pair> pairs) {
        List<GapView> gaps = pairs.stream().map(g -> {
            ProductView p = productsById.get(g.productId());
            return new GapView(g.productId(), p == null ? "?" : p.code(), p == null ? "?" : p.name(), g.lastExposedOn());
        }).toList();
        return new ContactGaps(contact, unitsById.containsKey(contact.unitId()) ? unitsById.get(contact.unitId()).name()
                : "", gaps, gaps.stream().filter(g -> g.lastExposedOn() == null).count());
    }

    private static boolean matches(ContactView c, Map<Long, UnitView> unitsById, String filter) {
        if (c == null) return false;
        String unit = unitsById.containsKey(c.unitId()) ? unitsById.get(c.unitId()).name() : "";
        return (c.name() + " " + (c.title() == null ? "" : c.title()) + " " + unit).toLowerCase().contains(filter);
    }

    private Map<Long, UnitView> unitsById(long accountId) {
        return units.unitsOf(accountId).stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
    }

    private Map<Long, ProductView> productsById() {
        return products.allProducts().stream().collect(Collectors.toMap(ProductView::id, Function.identity()));
    }

    private static Map<Long, ContactView> byId(List<ContactView> list) {
        Map<Long, ContactView> out = new LinkedHashMap<>();
        list.forEach(c -> out.put(c.id(), c));
        return out;
    }

    private static List<Long> nonNull(List<Long> ids) {
        return ids == null ? List.of() : ids;
    }

    /** Only a path inside Prism is a place to go back to: no open redirect. */
    static String safeReturn(String returnTo, long accountId) {
        return app.prism.web.ReturnTo.pathOr(returnTo, "/accounts/" + accountId + "/exposure");
    }

    static String pct(Double ratio) {
        return ratio == null ? "—" : Money.percent(java.math.BigDecimal.valueOf(ratio));
    }

    private static String trendJson(Awareness a) {
        StringBuilder dates = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (Awareness.Point p : a.trend()) {
            if (!dates.isEmpty()) {
                dates.append(',');
                values.append(',');
            }
            dates.append('"').append(p.date()).append('"');
            values.append(p.awareness() == null ? "null"
                    : new java.math.BigDecimal(p.awareness() * 100).setScale(1, java.math.RoundingMode.HALF_UP));
        }
        return "{\"dates\":[" + dates + "],\"awareness\":[" + values + "]}";
    }

}
