package app.prism.demo;

import app.prism.contact.ContactView;
import app.prism.exposure.Channel;
import app.prism.exposure.NewTouchpoint;
import app.prism.exposure.TouchpointService;
import app.prism.identity.SystemSignIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A year of touchpoints per demo account, logged by the account's team: meetings and calls with a few people about the
 * products their unit buys and one or two it does not, demos, events, and a quarterly newsletter to many. Coverage is
 * deliberately uneven, so the Exposure tab shows gaps, and awareness that rose after the spring events.
 */
final class DemoTouchpoints {

    private static final List<String> NOTES = List.of("Quarterly review; walked through the roadmap",
            "Asked about lead times for next year", "Showed the new range at their site", "Follow-up on the service contract",
            "Introduced our specialist", "Lunch after the plant tour", "They asked for references from similar sites",
            "Budget planning for next year");

    private final Random random;
    private final LocalDate today;
    private final TouchpointService touchpoints;
    private final SystemSignIn signIn;

    DemoTouchpoints(Random random, LocalDate today, TouchpointService touchpoints, SystemSignIn signIn) {
        this.random = random;
        this.today = today;
        this.touchpoints = touchpoints;
        this.signIn = signIn;
    }

    /**
     * Logs the account's touchpoints, each as a colleague of its team. {@code bought}: the product ids each unit buys;
     * {@code sellable}: every active product id. Returns how many it logged.
     */
    int create(List<ContactView> people, List<String> teamEmails, Map<Long, List<Long>> bought, List<Long> sellable) {
        List<ContactView> active = people.stream().filter(ContactView::active).toList();
        if (active.isEmpty() || sellable.isEmpty()) return 0;
        Map<Long, List<ContactView>> byUnit = active.stream().collect(Collectors.groupingBy(ContactView::unitId));
        List<Long> unitIds = new ArrayList<>(byUnit.keySet());
        int count = 0;
        int oneToOne = 10 + active.size() / 2;
        for (int i = 0; i < oneToOne; i++) {
            long unit = unitIds.get(random.nextInt(unitIds.size()));
            List<ContactView> here = byUnit.get(unit);
            List<Long> who = pick(here.stream().map(ContactView::id).toList(), 1 + random.nextInt(Math.min(3, here.size())));
            List<Long> what = new ArrayList<>(pick(bought.getOrDefault(unit, List.of()), random.nextInt(2)));
            what.addAll(pick(sellable, 1 + random.nextInt(3)));
            // two in three within the last year, the rest in the year before
            LocalDate date = today.minusDays(random.nextInt(3) == 0 ? 365 + random.nextInt(365) : random.nextInt(365));
            Channel channel = List.of(Channel.MEETING, Channel.CALL, Channel.CALL, Channel.EMAIL, Channel.DEMO)
                    .get(random.nextInt(5));
            count += log(teamEmails.get(random.nextInt(teamEmails.size())), who, what, date, channel,
                    NOTES.get(random.nextInt(NOTES.size())));
        }
        // a trade fair in spring and a newsletter each quarter reach many people at once
        List<Long> everyone = active.stream().map(ContactView::id).toList();
        LocalDate fair = today.minusDays(200 + random.nextInt(30));
        count += log(teamEmails.get(0), pick(everyone, Math.max(1, everyone.size() / 3)), pick(sellable, 5), fair,
                Channel.EVENT, "Met them at our stand at the spring trade fair");
        for (int q = 0; q < 4; q++) {
            count += log(teamEmails.get(0), pick(everyone, Math.max(1, everyone.size() / 2)), pick(sellable, 3),
                    today.minusDays(20 + q * 91L), Channel.NEWSLETTER, "Quarterly customer newsletter");
        }
        return count;
    }

    private int log(String asEmail, Collection<Long> who, Collection<Long> what, LocalDate date, Channel channel,
            String note) {
        if (who.isEmpty() || what.isEmpty()) return 0;
        signIn.asUser(asEmail, () -> touchpoints.logTouchpoint(new NewTouchpoint(List.copyOf(who), List.copyOf(what),
                date, channel, note)));
        return 1;
    }

    private List<Long> pick(List<Long> from, int n) {
        if (from.isEmpty() || n <= 0) return List.of();
        LinkedHashSet<Long> out = new LinkedHashSet<>();
        for (int tries = 0; out.size() < Math.min(n, from.size()) && tries < n * 10; tries++) {
            out.add(from.get(random.nextInt(from.size())));
        }
        return new ArrayList<>(out);
    }
}
