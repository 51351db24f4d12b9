package org.servicecentre.occupancy.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.servicecentre.occupancy.UsageLevel;
import org.servicecentre.occupancy.UsagePeriod;
import org.servicecentre.occupancy.UsageSubject;

/**
 * The query parameters that preset a dashboard, so other pages can link to it: one of {@code region}, {@code
 * alliance}, {@code centre} or {@code room} with an id, and {@code from}/{@code to} as ISO dates, e.g.
 * {@code occupancy?centre=12&from=2026-10-01&to=2026-10-31}.
 */
final class UsageLinks {

    private UsageLinks() {
    }

    static QueryParameters of(UsageSubject subject, UsagePeriod period) {
        var parameters = new LinkedHashMap<String, List<String>>();
        parameters.put(subject.level().name().toLowerCase(Locale.ROOT), List.of(Long.toString(subject.id())));
        parameters.put("from", List.of(period.from().toString()));
        parameters.put("to", List.of(period.to().toString()));
        return new QueryParameters(parameters);
    }

    /** The subject the parameters name, if any (a malformed id counts as none). */
    static Optional<UsageSubject> subject(QueryParameters parameters) {
        var map = parameters.getParameters();
        for (var level : UsageLevel.values()) {
            var values = map.get(level.name().toLowerCase(Locale.ROOT));
            if (values != null && !values.isEmpty()) {
                try {
                    return Optional.of(new UsageSubject(level, Long.parseLong(values.getFirst().trim())));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static String single(Map<String, List<String>> parameters, String name) {
        var values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
