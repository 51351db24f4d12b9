package org.servicecentre.booking.ui.calendar;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Throw-away preview of the calendars with made-up data; deleted before the branch is merged. */
@Route("dev/calendar-preview")
@RolesAllowed("ADMIN")
class CalendarPreviewView extends Div implements BeforeEnterObserver {

    private final Span status = new Span();

    CalendarPreviewView() {
        getStyle().set("padding", "16px").set("box-sizing", "border-box").set("height", "100%")
                .set("display", "flex").set("flex-direction", "column").set("gap", "8px");
        status.setId("status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String view = event.getLocation().getQueryParameters().getSingleParameter("view").orElse("day");
        int rooms = Integer.parseInt(event.getLocation().getQueryParameters().getSingleParameter("rooms").orElse("8"));
        removeAll();
        event.getLocation().getQueryParameters().getSingleParameter("lang")
                .ifPresent(lang -> event.getUI().setLocale(java.util.Locale.forLanguageTag(lang)));
        LocalDate today = LocalDate.now();
        LocalDateTime now = event.getLocation().getQueryParameters().getSingleParameter("now")
                .map(t -> today.atTime(LocalTime.parse(t))).orElse(LocalDateTime.now());
        var columns = columns(rooms);
        var blocks = new ArrayList<CalendarBlock>();
        for (int d = -3; d <= 6; d++) {
            blocks.addAll(blocks(today.plusDays(d), d));
        }
        var shades = shades(today);
        switch (view) {
            case "week" -> {
                var week = new RoomWeekCalendar(today);
                week.setHours(7, 22);
                week.setColumns(columns);
                week.setBlocks(blocks);
                week.setShades(shades);
                week.setNow(now);
                week.addSlotSelectedListener(e -> status.setText(e.getColumnId() + " " + e.getStart() + " " + e.getEnd()));
                week.addBlockClickedListener(e -> status.setText(e.getBlockId()));
                week.getStyle().set("flex", "1");
                add(status, week);
            }
            case "month" -> {
                var month = new RoomMonthCalendar(YearMonth.from(today));
                month.setBlocks(blocks.stream().filter(b -> b.columnId().equals("r1")).toList());
                month.setShades(List.of(CalendarShade.closure("r1", today.plusDays(9).atStartOfDay(),
                        today.plusDays(10).atStartOfDay(), "设备维修")));
                month.setToday(today);
                month.addDayClickedListener(e -> status.setText(String.valueOf(e.getDate())));
                month.addBlockClickedListener(e -> status.setText(e.getBlockId()));
                month.getStyle().set("flex", "1");
                add(status, month);
            }
            default -> {
                var day = new RoomDayCalendar(today);
                day.setHours(7, 22);
                day.setColumns(columns);
                day.setBlocks(blocks);
                day.setShades(shades);
                day.setNow(now);
                day.addSlotSelectedListener(e -> status.setText(e.getColumnId() + " " + e.getStart() + " " + e.getEnd()));
                day.addBlockClickedListener(e -> status.setText(e.getBlockId()));
                day.getStyle().set("flex", "1");
                add(status, day);
            }
        }
    }

    private static List<CalendarColumn> columns(int count) {
        String[][] rooms = {{"多功能厅", "80人"}, {"会议室A", "20人"}, {"会议室B", "12人"}, {"儿童活动室", "25人"},
            {"长者活动室", "30人"}, {"党员活动室", "40人"}, {"舞蹈排练室", "30人"}, {"心理咨询室", "4人"},
            {"图书阅览室", "35人"}, {"培训教室", "50人"}};
        var list = new ArrayList<CalendarColumn>();
        for (int i = 0; i < count; i++) {
            list.add(new CalendarColumn("r" + (i + 1), rooms[i % rooms.length][0], rooms[i % rooms.length][1]));
        }
        return list;
    }

    private static List<CalendarBlock> blocks(LocalDate day, int seed) {
        var list = new ArrayList<CalendarBlock>();
        String p = day + "-";
        list.add(block(p + "1", "r1", day, "09:00", "11:30", "居民议事会", "粤海街道居委会", "confirmed", false));
        list.add(block(p + "2", "r1", day, "14:00", "16:00", "劳动权益法律咨询", "启航社工", "requested", seed % 2 == 0));
        list.add(block(p + "3", "r2", day, "08:30", "09:00", "晨会", "中心", "busy", false));
        list.add(block(p + "4", "r2", day, "10:00", "12:00", "已占用", null, "busy", false));
        list.add(block(p + "5", "r4", day, "16:30", "18:30", "四点半课堂（课后托管）", "启航社工", "confirmed", true));
        list.add(block(p + "6", "r5", day, "09:30", "11:00", "长者健康讲座", "南山区卫健局", "completed", false));
        list.add(block(p + "7", "r5", day, "13:00", "15:00", "书法兴趣班", "夕阳红志愿队", "cancelled", false));
        list.add(block(p + "8", "r6", day, "19:00", "21:00", "党员组织生活会", "科技园社区党支部", "confirmed", false));
        list.add(block(p + "9", "r3", day, "06:30", "08:15", "清洁", null, "closed", false));
        list.add(block(p + "10", "r3", day, "10:00", "10:15", "交接", null, "busy", false));
        list.add(block(p + "11", "r3", day, "10:00", "11:00", "志愿者培训", "启航社工", "requested", false));
        list.add(block(p + "12", "r7", day, "18:30", "20:00", "广场舞排练", "舞蹈队", "declined", false));
        list.add(block(p + "13", "r1", day, "18:00", "19:30", "妇女之家读书会", "妇联", "confirmed", false));
        if (seed == 1) {
            list.add(block(p + "14", "r1", day, "12:00", "13:00", "午间沙龙", "启航社工", "confirmed", true));
            list.add(block(p + "15", "r1", day, "19:45", "21:00", "夜校", "启航社工", "busy", false));
        }
        return list;
    }

    private static CalendarBlock block(String id, String room, LocalDate day, String from, String to, String title,
            String detail, String style, boolean mine) {
        return new CalendarBlock(id, room, day.atTime(LocalTime.parse(from)), day.atTime(LocalTime.parse(to)), title,
                detail, style, mine);
    }

    private static List<CalendarShade> shades(LocalDate today) {
        var list = new ArrayList<CalendarShade>();
        for (int d = -1; d <= 7; d++) {
            LocalDate day = today.minusDays(today.getDayOfWeek().getValue() - 1).plusDays(d);
            list.add(CalendarShade.outsideHours(null, day.atTime(7, 0), day.atTime(8, 30)));
            list.add(CalendarShade.outsideHours(null, day.atTime(21, 0), day.atTime(22, 0)));
        }
        list.add(CalendarShade.closure("r8", today.atTime(8, 30), today.atTime(17, 0), "设备维修"));
        list.add(CalendarShade.closure("r8", today.plusDays(1).atTime(8, 30), today.plusDays(1).atTime(21, 0), ""));
        return list;
    }
}
