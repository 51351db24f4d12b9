package org.servicecentre.occupancy;

import java.util.Map;

/**
 * How a breakdown groups: the key expression and joins for each source (sessions {@code s}, registrations
 * {@code r}, known attendances {@code a} with session, resident and programme, anonymous check-ins {@code c}).
 */
enum AttendanceGrouping {
    TOTAL(null, null, null, null, null),
    ORGANISATION("p.organisation_id", "join programme p on p.id = s.programme_id",
            "join programme p on p.id = r.programme_id", "join programme p on p.id = a.programme_id",
            "join programme p on p.id = s.programme_id"),
    CATEGORY("p.category_id", "join programme p on p.id = s.programme_id",
            "join programme p on p.id = r.programme_id", "join programme p on p.id = a.programme_id",
            "join programme p on p.id = s.programme_id"),
    PROGRAMME("s.programme_id", "", "", "", "") {
        @Override
        String key(String source) {
            return switch (source) {
                case "registration" -> "r.programme_id";
                case "attendance" -> "a.programme_id";
                default -> "s.programme_id";
            };
        }
    },
    TARGET_GROUP(null, "join programme_target_group g on g.programme_id = s.programme_id",
            "left join resident_target_group g on g.resident_id = r.resident_id",
            "left join resident_target_group g on g.resident_id = a.resident_id", "") {
        @Override
        String key(String source) {
            return switch (source) {
                case "session" -> "g.target_group";
                case "anonymous" -> "coalesce(c.target_group, '" + AttendanceReader.NONE + "')";
                default -> "coalesce(g.target_group, '" + AttendanceReader.NONE + "')";
            };
        }
    },
    /** Per session: what the people rollup starts from. */
    SESSION(null, "", "", "", "") {
        @Override
        String key(String source) {
            return sessionOf(source);
        }
    },
    /** Per session and target group ("id:GROUP"), joined as {@link #TARGET_GROUP} does. */
    SESSION_GROUP(null, TARGET_GROUP.joins.get("session"), TARGET_GROUP.joins.get("registration"),
            TARGET_GROUP.joins.get("attendance"), "") {
        @Override
        String key(String source) {
            return "cast(" + sessionOf(source) + " as varchar(20)) || ':' || " + TARGET_GROUP.key(source);
        }
    };

    static final String ALL = "ALL";

    private final String key;
    private final Map<String, String> joins = new java.util.HashMap<>();

    AttendanceGrouping(String key, String session, String registration, String attendance, String anonymous) {
        this.key = key;
        joins.put("session", session == null ? "" : session);
        joins.put("registration", registration == null ? "" : registration);
        joins.put("attendance", attendance == null ? "" : attendance);
        joins.put("anonymous", anonymous == null ? "" : anonymous);
    }

    String key(String source) {
        return key == null ? "'" + ALL + "'" : key;
    }

    private static String sessionOf(String source) {
        return switch (source) {
            case "registration" -> "r.session_id";
            case "attendance" -> "a.session_id";
            case "anonymous" -> "c.session_id";
            default -> "s.id";
        };
    }

    String join(String source) {
        return " " + joins.get(source) + " ";
    }

    String groupBy(String source) {
        return this == TOTAL ? "" : " group by " + key(source);
    }
}
