package org.servicecentre.centre;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A sector, category or item of the service catalogue as screens and other modules see it. {@code path} holds the
 * names of its ancestors, sector first; {@code children} counts its direct children, archived ones included.
 */
public record CatalogueEntrySummary(long id, CatalogueLevel level, String code, Long parentId, String parentCode,
                                    CatalogueName name, List<CatalogueName> path, String description,
                                    int sortOrder, boolean active, long children) {

    /** "法律服务 / 法律援助 / 法律咨询": the path and the name in the reader's language. */
    public String fullName(Locale locale, String separator) {
        return Stream.concat(path.stream(), Stream.of(name)).map(n -> n.in(locale))
                .collect(Collectors.joining(separator));
    }
}
