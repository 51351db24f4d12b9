package org.servicecentre.booking.ui.calendar;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places overlapping blocks side by side so that none hides another completely: each group of blocks that
 * overlap one another shares the room's width (or height) in as few lanes as will hold them.
 */
final class Lanes {

    /** A block with its lane and how many lanes its group of overlapping blocks needs. */
    record Placed(CalendarBlock block, int lane, int lanes) {

        double share() {
            return 100.0 / lanes;
        }

        double offset() {
            return lane * share();
        }
    }

    private Lanes() {
    }

    static List<Placed> place(List<CalendarBlock> blocks) {
        var sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparing(CalendarBlock::start).thenComparing(CalendarBlock::end, Comparator.reverseOrder()));
        var placed = new ArrayList<Placed>();
        var group = new ArrayList<CalendarBlock>();
        var groupLanes = new ArrayList<Integer>();
        var laneEnds = new ArrayList<LocalDateTime>();
        LocalDateTime groupEnd = null;
        for (CalendarBlock block : sorted) {
            if (groupEnd != null && !block.start().isBefore(groupEnd)) {
                close(group, groupLanes, laneEnds.size(), placed);
                laneEnds.clear();
            }
            int lane = firstFreeLane(laneEnds, block.start());
            if (lane == laneEnds.size()) {
                laneEnds.add(block.end());
            } else {
                laneEnds.set(lane, block.end());
            }
            group.add(block);
            groupLanes.add(lane);
            groupEnd = groupEnd == null || group.size() == 1 || block.end().isAfter(groupEnd) ? block.end() : groupEnd;
        }
        close(group, groupLanes, laneEnds.size(), placed);
        return placed;
    }

    private static int firstFreeLane(List<LocalDateTime> laneEnds, LocalDateTime start) {
        for (int i = 0; i < laneEnds.size(); i++) {
            if (!laneEnds.get(i).isAfter(start)) {
                return i;
            }
        }
        return laneEnds.size();
    }

    private static void close(List<CalendarBlock> group, List<Integer> lanes, int count, List<Placed> into) {
        for (int i = 0; i < group.size(); i++) {
            into.add(new Placed(group.get(i), lanes.get(i), count));
        }
        group.clear();
        lanes.clear();
    }
}
