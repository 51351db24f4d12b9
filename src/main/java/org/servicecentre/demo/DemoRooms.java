package org.servicecentre.demo;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.servicecentre.centre.AmenityDraft;
import org.servicecentre.centre.AmenityService;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RoomDraft;
import org.servicecentre.centre.RoomService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the amenity list and the rooms of the four demo centres: halls, meeting rooms, after-school and elderly
 * rooms of different sizes, one that needs approval and one archive room nobody may book.
 */
@Component
@Order(10)
class DemoRooms implements DemoLayer {

    private final AmenityService amenities;
    private final RoomService rooms;
    private final CentreService centres;
    private final Map<String, Long> amenityIds = new HashMap<>();

    DemoRooms(AmenityService amenities, RoomService rooms, CentreService centres) {
        this.amenities = amenities;
        this.rooms = rooms;
        this.centres = centres;
    }

    @Override
    public void seed() {
        amenity("PROJECTOR", "投影仪", "Projector", 10);
        amenity("SOUND", "音响", "Sound system", 20);
        amenity("WHITEBOARD", "白板", "Whiteboard", 30);
        amenity("COMPUTERS", "电脑", "Computers", 40);
        amenity("PIANO", "钢琴", "Piano", 50);
        amenity("KITCHEN", "厨房", "Kitchen", 60);
        amenity("STEP_FREE", "无障碍通道", "Step-free access", 70);
        amenity("CHILD_SAFE", "儿童安全", "Child-safe", 80);

        room("KJY", "HALL", "多功能厅", 80, "1F", 15, true, "PROJECTOR", "SOUND", "STEP_FREE");
        room("KJY", "MEET-1", "第一会议室", 20, "2F", 0, false, "PROJECTOR", "WHITEBOARD");
        room("KJY", "KIDS", "四点半课堂", 30, "2F", 5, false, "CHILD_SAFE", "WHITEBOARD");
        room("KJY", "ELDER", "长者活动室", 40, "1F", 5, false, "STEP_FREE", "SOUND");
        room("KJY", "ARCHIVE", "档案室", 4, "3F", 0, false);
        room("GXQ", "HALL", "多功能厅", 120, "1F", 15, true, "PROJECTOR", "SOUND", "STEP_FREE");
        room("GXQ", "PC", "电脑室", 24, "2F", 10, false, "COMPUTERS", "PROJECTOR");
        room("GXQ", "MEET-1", "洽谈室", 8, "2F", 0, false, "WHITEBOARD");
        room("GXQ", "KITCHEN", "共享厨房", 12, "1F", 30, true, "KITCHEN", "STEP_FREE");
        room("NTC", "DANCE", "舞蹈室", 30, "3F", 10, false, "PIANO", "SOUND");
        room("NTC", "MEET-1", "会议室", 20, "2F", 0, false, "PROJECTOR", "WHITEBOARD");
        room("NTC", "ELDER", "长者活动室", 40, "1F", 5, false, "STEP_FREE");
        room("TL", "HALL", "多功能厅", 60, "1F", 15, true, "PROJECTOR", "SOUND", "STEP_FREE");
        room("TL", "KIDS", "四点半课堂", 30, "1F", 5, false, "CHILD_SAFE", "STEP_FREE");
        room("TL", "READING", "阅览室", 16, "2F", 0, false, "WHITEBOARD");
    }

    private void amenity(String code, String chinese, String english, int order) {
        amenityIds.put(code, amenities.create(AmenityDraft.of(code, chinese, english, order)).id());
    }

    private void room(String centreCode, String code, String name, int capacity, String floor, int buffer,
                      boolean approval, String... amenityCodes) {
        var draft = new RoomDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setCapacity(capacity);
        draft.setAreaSquareMetres(BigDecimal.valueOf(Math.max(12, capacity * 2L)));
        draft.setFloor(floor);
        draft.setNeedsApproval(approval);
        draft.setSetupMinutes(buffer);
        draft.setCleanupMinutes(buffer);
        draft.setBookable(!"ARCHIVE".equals(code));
        draft.setDescription(description(code));
        draft.setAmenityIds(new HashSet<>(Arrays.stream(amenityCodes).map(amenityIds::get).toList()));
        rooms.create(centres.getByCode(centreCode).id(), draft);
    }

    private static String description(String code) {
        return switch (code) {
            case "HALL" -> "可容纳讲座、文艺汇演和居民议事会，大型活动需提前审批。";
            case "KIDS" -> "放学后托管与课业辅导，桌椅与插座均做了儿童安全处理。";
            case "ELDER" -> "棋牌、书画与健康讲座，一楼无台阶，配有扶手。";
            case "ARCHIVE" -> "存放党建与社区档案，仅供工作人员使用，不对外预约。";
            case "KITCHEN" -> "邻里厨房，可办烹饪课和百家宴，使用后请清洁灶台。";
            default -> "";
        };
    }
}
