package org.servicecentre.notification.ui;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** When a message arrived, the way people say it: "刚刚", "5 分钟前", "3 小时前", "2 天前", then the date. */
final class Ago {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter PRECISE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Ago() {
    }

    static String of(Instant then, Instant now, Component in) {
        if (then == null) {
            return "";
        }
        Duration age = Duration.between(then, now);
        if (age.toMinutes() < 1) {
            return in.getTranslation("inbox.ago.now");
        }
        if (age.toHours() < 1) {
            return in.getTranslation("inbox.ago.minutes", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return in.getTranslation("inbox.ago.hours", age.toHours());
        }
        if (age.toDays() < 7) {
            return in.getTranslation("inbox.ago.days", age.toDays());
        }
        return at(then);
    }

    /** The exact time, in China's time zone, to the minute. */
    static String at(Instant instant) {
        return instant == null ? "" : DATE_TIME.withZone(ZONE).format(instant);
    }

    /** To the second (job runs, outbox rows), in China's time zone. */
    static String precise(Instant instant) {
        return instant == null ? "" : PRECISE.withZone(ZONE).format(instant);
    }
}
