package org.servicecentre.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The anonymous residents of the demo history (no names, no phones: target groups only, with the consent to keep
 * them), and for each programme the circle of regulars its sessions draw from, so that people come back.
 */
final class DemoHistoryPeople {

    private static final int RESIDENTS = 180;
    private static final String[][] GROUPS = {{"ELDERLY"}, {"ELDERLY"}, {"ELDERLY"}, {"ELDERLY", "DISABLED"},
        {"ELDERLY", "PARTY_MEMBERS"}, {"CHILDREN"}, {"CHILDREN"}, {"CHILDREN", "HARDSHIP_FAMILIES"},
        {"MIGRANT_WORKERS"}, {"MIGRANT_WORKERS"}, {"MIGRANT_WORKERS", "WOMEN"}, {"WOMEN"}, {"WOMEN", "CHILDREN"},
        {"PARTY_MEMBERS"}, {"PARTY_MEMBERS"}, {"ADOLESCENTS"}, {"HARDSHIP_FAMILIES", "ELDERLY"}, {"ETHNIC_MINORITIES"},
        {}};

    private final Random random;
    private final Instant since;
    private final List<Long> ids;
    private final List<List<String>> groups = new ArrayList<>();
    private final Map<String, List<Long>> circles = new HashMap<>();
    private final Map<Long, Instant> firstSeen = new HashMap<>();

    DemoHistoryPeople(JdbcTemplate jdbc, Random random, long organisationId, Instant since) {
        this.random = random;
        this.since = since;
        for (int i = 0; i < RESIDENTS; i++) {
            groups.add(List.of(GROUPS[random.nextInt(GROUPS.length)]));
        }
        ids = new DemoHistoryRows(jdbc).writeResidents(groups, organisationId, since);
    }

    /** The regulars of a programme for these target groups: the residents of those groups (or anyone), shuffled. */
    List<Long> circle(String programme, List<String> targetGroups, int size) {
        return circles.computeIfAbsent(programme, key -> {
            var matching = new ArrayList<Long>();
            var others = new ArrayList<Long>();
            for (int i = 0; i < ids.size(); i++) {
                boolean fits = targetGroups.contains("ALL_RESIDENTS")
                        || groups.get(i).stream().anyMatch(targetGroups::contains);
                (fits ? matching : others).add(ids.get(i));
            }
            Collections.shuffle(matching, random);
            Collections.shuffle(others, random);
            matching.addAll(others);
            return List.copyOf(matching.subList(0, Math.min(size, matching.size())));
        });
    }

    /** The resident's first target group, as a kiosk records it with a check-in (or null). */
    String groupOf(long residentId) {
        int index = ids.indexOf(residentId);
        return index < 0 || groups.get(index).isEmpty() ? null : groups.get(index).getFirst();
    }

    void seen(long residentId, Instant at) {
        firstSeen.merge(residentId, at, (a, b) -> a.isBefore(b) ? a : b);
    }

    /** Dates each resident to a little before their first registration (the others: sometime in the period). */
    void dateResidents(DemoHistoryRows rows) {
        var dates = new HashMap<Long, Instant>();
        long span = java.time.Duration.ofDays(DemoHistory.WEEKS * 7L).toSeconds();
        for (long id : ids) {
            var first = firstSeen.get(id);
            dates.put(id, first != null ? first.minusSeconds(3600L * (2 + random.nextInt(72)))
                    : since.plusSeconds((long) (random.nextDouble() * span)));
        }
        rows.dateResidents(dates);
    }
}
